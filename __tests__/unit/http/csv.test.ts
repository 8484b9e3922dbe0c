import { csvCell } from '../../../src/http/export/export.formats';

describe('CSV cells', () => {
  it.each([
    ['=HYPERLINK("http://x.example/","click")', `"'=HYPERLINK(""http://x.example/"",""click"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
  ])('makes %j inert in a spreadsheet: %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it.each([
    ['OIC', 'OIC'],
    ['منظمة التعاون الإسلامي', 'منظمة التعاون الإسلامي'],
    ['404-569', '404-569'],
    ['a, b', '"a, b"'],
    ['say "x"', '"say ""x"""'],
    ['', ''],
  ])('leaves %j as RFC 4180 has it', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});
