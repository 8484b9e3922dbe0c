import { countComments } from '../../../src/graphql/comments';

describe('the comments of a GraphQL document, counted before it is parsed', () => {
  it('counts a # outside strings, each to the end of its line (LF, CR or CRLF)', () => {
    expect(countComments('# one\n{ a } # two\r{ b }\r\n#three', 100)).toBe(3);
    expect(countComments('{ a }', 100)).toBe(0);
  });

  it('does not count a # inside a string or a block string, escapes included', () => {
    expect(countComments('{ a(x: "#") b(y: "\\"#") }', 100)).toBe(0);
    expect(countComments('{ a(x: """ # \\""" # """) } # one', 100)).toBe(1);
  });

  it('ends a string at its line, as graphql-js does, so what follows is read as usual', () => {
    expect(countComments('{ a(x: "open\n# one\n', 100)).toBe(1);
  });

  it('stops one past the limit, whatever follows', () => {
    expect(countComments('#\n'.repeat(1_000_000), 3000)).toBe(3001);
  });
});
