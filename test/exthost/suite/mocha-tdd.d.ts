// Mocha's TDD interface as the extension-host suite uses it. Mocha provides these globals under
// @vscode/test-electron; runner.ts provides the same ones when Mocha is not installed (code-server path).
interface ExthostContext {
  timeout(ms: number): void;
}
declare function suite(title: string, body: (this: ExthostContext) => void): void;
declare function test(title: string, body: (this: ExthostContext) => void | Promise<void>): void;
declare function suiteSetup(body: (this: ExthostContext) => void | Promise<void>): void;
declare function suiteTeardown(body: (this: ExthostContext) => void | Promise<void>): void;
declare function setup(body: (this: ExthostContext) => void | Promise<void>): void;
declare function teardown(body: (this: ExthostContext) => void | Promise<void>): void;
