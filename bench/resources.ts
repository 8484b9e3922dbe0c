/** Things to stop, last started first; closeAll() runs once, however often it is called. */
export class Resources {
  private readonly stack: Array<[string, () => Promise<void>]> = [];
  private closing: Promise<void> | null = null;
  add(name: string, close: () => Promise<void>): void {
    this.stack.push([name, close]);
  }
  closeAll(): Promise<void> {
    this.closing ??= (async () => {
      while (this.stack.length > 0) {
        const [name, close] = this.stack.pop()!;
        try {
          await close();
        } catch (error) {
          process.stderr.write(`[bench] could not stop ${name}: ${(error as Error).message}\n`);
        }
      }
    })();
    return this.closing;
  }
}
