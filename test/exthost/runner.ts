// Runs the extension-host suite inside VS Code's extension host and reports every test.
// With Mocha installed it is Mocha (TDD interface); without it a small built-in runner with the same interface
// runs the same files, so the suite runs both under @vscode/test-electron and inside code-server.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

export interface TestResult {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export interface Results {
  runner: 'mocha' | 'built-in';
  vscode: string;
  appName: string;
  passed: number;
  failed: number;
  pending: number;
  tests: TestResult[];
}

export interface RunOptions {
  /** Bundled suite file (CommonJS) to load. */
  suiteFile: string;
  /** Mocha's package folder; resolved from the runner when absent. */
  mochaPath?: string;
  timeoutMs?: number;
}

type Body = (this: { timeout(ms: number): void }) => unknown;

function tally(runner: Results['runner'], tests: TestResult[]): Results {
  return {
    runner,
    vscode: vscode.version,
    appName: vscode.env.appName,
    passed: tests.filter((t) => t.state === 'passed').length,
    failed: tests.filter((t) => t.state === 'failed').length,
    pending: tests.filter((t) => t.state === 'pending').length,
    tests,
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function loadMocha(mochaPath?: string): (new (options: object) => MochaLike) | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(mochaPath ?? 'mocha') as new (options: object) => MochaLike;
  } catch {
    return undefined;
  }
}

interface MochaTest {
  fullTitle(): string;
  duration?: number;
}
interface MochaLike {
  addFile(file: string): void;
  run(done: (failures: number) => void): {
    on(event: 'pass' | 'pending', listener: (test: MochaTest) => void): void;
    on(event: 'fail', listener: (test: MochaTest, error: unknown) => void): void;
  };
}

async function runWithMocha(Mocha: new (options: object) => MochaLike, options: RunOptions): Promise<Results> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: options.timeoutMs ?? 60_000, reporter: 'spec' });
  mocha.addFile(options.suiteFile);
  const tests: TestResult[] = [];
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (t) => tests.push({ title: t.fullTitle(), state: 'passed', durationMs: t.duration ?? 0 }));
    runner.on('pending', (t) => tests.push({ title: t.fullTitle(), state: 'pending', durationMs: 0 }));
    runner.on('fail', (t, error) =>
      tests.push({ title: t.fullTitle(), state: 'failed', durationMs: t.duration ?? 0, error: errorText(error) }),
    );
  });
  return tally('mocha', tests);
}

interface Suite {
  title: string;
  tests: Array<{ title: string; body: Body }>;
  children: Suite[];
  before: Body[];
  after: Body[];
  beforeEach: Body[];
  afterEach: Body[];
}

/** Mocha's TDD interface, serially, with per-test timeouts; enough for this suite. */
async function runBuiltIn(options: RunOptions): Promise<Results> {
  const root: Suite = { title: '', tests: [], children: [], before: [], after: [], beforeEach: [], afterEach: [] };
  let current = root;
  const g = globalThis as Record<string, unknown>;
  g.suite = (title: string, body: () => void) => {
    const child: Suite = { title, tests: [], children: [], before: [], after: [], beforeEach: [], afterEach: [] };
    current.children.push(child);
    const parent = current;
    current = child;
    try {
      body.call({ timeout() {} });
    } finally {
      current = parent;
    }
  };
  g.test = (title: string, body: Body) => current.tests.push({ title, body });
  g.suiteSetup = (body: Body) => current.before.push(body);
  g.suiteTeardown = (body: Body) => current.after.push(body);
  g.setup = (body: Body) => current.beforeEach.push(body);
  g.teardown = (body: Body) => current.afterEach.push(body);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(options.suiteFile);

  const tests: TestResult[] = [];
  const call = async (body: Body): Promise<void> => {
    let limit = options.timeoutMs ?? 60_000;
    const context = { timeout: (ms: number) => void (limit = ms) };
    const result = Promise.resolve().then(() => body.call(context));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      // the limit may be changed synchronously by the body, so arm the timer after it started
      setImmediate(() => (timer = setTimeout(() => reject(new Error(`timeout of ${limit} ms exceeded`)), limit)));
    });
    try {
      await Promise.race([result, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };
  const runSuite = async (suite: Suite, prefix: string, eachBefore: Body[], eachAfter: Body[]): Promise<void> => {
    const title = [prefix, suite.title].filter(Boolean).join(' ');
    const before = [...eachBefore, ...suite.beforeEach];
    const after = [...suite.afterEach, ...eachAfter];
    let setupError: unknown;
    for (const hook of suite.before) {
      try {
        await call(hook);
      } catch (error) {
        setupError = error;
        break;
      }
    }
    for (const t of suite.tests) {
      const started = Date.now();
      try {
        if (setupError) throw setupError instanceof Error ? setupError : new Error(errorText(setupError));
        for (const hook of before) await call(hook);
        await call(t.body);
        for (const hook of after) await call(hook);
        tests.push({ title: `${title} ${t.title}`, state: 'passed', durationMs: Date.now() - started });
      } catch (error) {
        tests.push({ title: `${title} ${t.title}`, state: 'failed', durationMs: Date.now() - started, error: errorText(error) });
      }
    }
    for (const child of suite.children) await runSuite(child, title, before, after);
    for (const hook of suite.after) {
      try {
        await call(hook);
      } catch (error) {
        tests.push({ title: `${title} "after all" hook`, state: 'failed', durationMs: 0, error: errorText(error) });
      }
    }
  };
  await runSuite(root, '', [], []);
  return tally('built-in', tests);
}

export async function runSuite(options: RunOptions): Promise<Results> {
  const Mocha = loadMocha(options.mochaPath);
  return Mocha ? runWithMocha(Mocha, options) : runBuiltIn(options);
}

/** Entry point for @vscode/test-electron (`extensionTestsPath`): fails when a test fails. */
export async function run(): Promise<void> {
  const results = await runSuite({ suiteFile: path.join(__dirname, 'suite.js') });
  const out = process.env.SMTP_LENS_EXTHOST_RESULTS;
  if (out) fs.writeFileSync(out, JSON.stringify(results, null, 2));
  for (const t of results.tests) console.log(`${t.state === 'passed' ? 'ok' : t.state === 'failed' ? 'not ok' : 'skip'} - ${t.title}`);
  console.log(`${results.passed} passed, ${results.failed} failed`);
  if (results.failed > 0 || results.passed === 0) throw new Error(`${results.failed} of ${results.tests.length} tests failed`);
}
