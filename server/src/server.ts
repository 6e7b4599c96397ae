import {
  createConnection,
  Diagnostic,
  DidChangeConfigurationNotification,
  ErrorCodes,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type InitializeParams,
  type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { locales, type Locale } from './knowledge';
import { redactKind } from './service/features/redact';
import { renderComparison, renderExplanation } from './service/features/render';
import { createLanguageService, defaultSettings, type RuleSeverities, type ServiceSettings, type Slicing } from './service';
import { chunkedDocuments, type ChunkedDocument } from './service/chunks';
import { t, toLocale } from './service/l10n';
import { drained, threadedStdio } from './transport';
import { compareMethod, explainMethod, type CompareParams, type ExplainParams, type MarkdownAnswer } from './protocol';

/** The `smtpLens` section of the client's settings, as far as the server reads it. */
interface ClientSettings {
  language?: 'auto' | Locale;
  hover?: { enabled?: boolean; showSources?: boolean };
  detect?: { plaintext?: boolean; sniffBytes?: number };
  diagnostics?: { rules?: RuleSeverities; permanentFailuresAsWarnings?: boolean; maxPerRule?: number; maxPerDocument?: number };
  outline?: { maxItems?: number };
}

/** What the VS Code client sends at start: its display language and that it runs command links. */
interface InitializationOptions {
  displayLanguage?: string;
  commandLinks?: boolean;
}

/** Over --stdio (how VS Code, Neovim and the benchmark start it), input is read in a thread of its own (transport.ts). */
const threaded = process.argv.includes('--stdio') ? threadedStdio() : undefined;
const connection = threaded ? createConnection(ProposedFeatures.all, ...threaded) : createConnection(ProposedFeatures.all);
// When the client's end of the input closes, the server goes, as vscode-languageserver has it go when it reads the
// input itself: with 0 after a shutdown request, else 1 (a client that died without one must not leave it behind).
let shutdownReceived = false;
connection.onShutdown(() => void (shutdownReceived = true));
threaded?.[0].onClose(() => process.exit(shutdownReceived ? 0 : 1));
/** Documents kept in line-aligned chunks: an edit in a 50 MB log costs the chunks it touches, not a copy of the text. */
const documents = new TextDocuments(chunkedDocuments);
const service = createLanguageService();
let displayLocale: Locale = 'en';
let commandLinks = false;
let pullsConfiguration = false;
/**
 * The most folding ranges the client wants (vscode-languageclient sends 5000); the same for a client that names no
 * limit, where a 50 MB transcript has 143,000 (5.5 MB of JSON to encode in one turn).
 */
const defaultFoldingRangeLimit = 5000;
let foldingRangeLimit = defaultFoldingRangeLimit;

connection.onInitialize((params: InitializeParams) => {
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  displayLocale = toLocale(options.displayLanguage ?? params.locale);
  commandLinks = options.commandLinks === true;
  pullsConfiguration = params.capabilities.workspace?.configuration === true;
  foldingRangeLimit = count(params.capabilities.textDocument?.foldingRange?.rangeLimit, defaultFoldingRangeLimit, 0);
  service.configure(toServiceSettings({}));
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix', redactKind] },
      documentSymbolProvider: true,
      foldingRangeProvider: true,
    },
    serverInfo: { name: 'smtp-lens' },
  };
});

connection.onInitialized(() => {
  if (pullsConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'smtpLens' });
    void refreshSettings();
  }
});

/** A count from the client (settings.json takes any value): a whole number from `least` to `most`, else the default. */
function count(value: unknown, fallback: number, least = 1, most = Infinity): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(most, Math.max(least, Math.floor(value))) : fallback;
}

function toServiceSettings(client: ClientSettings): ServiceSettings {
  const language = client.language ?? 'auto';
  return {
    locale: language !== 'auto' && (locales as readonly string[]).includes(language) ? language : displayLocale,
    hover: {
      enabled: client.hover?.enabled ?? defaultSettings.hover.enabled,
      showSources: client.hover?.showSources ?? defaultSettings.hover.showSources,
      commandLinks,
    },
    sniffPlaintext: client.detect?.plaintext ?? defaultSettings.sniffPlaintext,
    // The range package.json declares for smtpLens.detect.sniffBytes.
    sniffChars: count(client.detect?.sniffBytes, defaultSettings.sniffChars, 1024, 1_048_576),
    rules: client.diagnostics?.rules ?? defaultSettings.rules,
    permanentFailuresAsWarnings: client.diagnostics?.permanentFailuresAsWarnings ?? defaultSettings.permanentFailuresAsWarnings,
    maxPerRule: count(client.diagnostics?.maxPerRule, defaultSettings.maxPerRule),
    maxPerDocument: count(client.diagnostics?.maxPerDocument, defaultSettings.maxPerDocument),
    outlineMaxItems: count(client.outline?.maxItems, defaultSettings.outlineMaxItems),
  };
}

async function refreshSettings(): Promise<void> {
  const client = ((await connection.workspace.getConfiguration('smtpLens')) ?? {}) as ClientSettings;
  service.configure(toServiceSettings(client));
  publishAll();
}

connection.onDidChangeConfiguration((change) => {
  if (pullsConfiguration) void refreshSettings();
  else {
    const settings = (change.settings as { smtpLens?: ClientSettings } | undefined)?.smtpLens ?? {};
    service.configure(toServiceSettings(settings));
    publishAll();
  }
});

/**
 * Diagnostics are computed once the changes that arrived together are applied (a burst of edits costs one pass), in
 * slices of about `sliceMs` of work; a pass gives up as soon as a newer one starts (a new version, new settings), so
 * only the latest is published. Between slices the server leaves the event loop alone for `pauseMs`: vscode-jsonrpc
 * handles one message per turn of the loop, and a request that waited must get its turn even when they come fast
 * (measured with a hover every 10 ms while a 50 MB log is read: a 1 ms pause let them pile up for seconds).
 */
const publishDelay = 0;
const sliceMs = 15;
const pauseMs = 5;
/** A pass still running after this long shows how far it got (VS Code: in the status bar), when the client can show it. */
const progressAfterMs = 300;
/**
 * Passes over big documents (diagnostics, the outline, folding; VS Code asks for all three when a document opens) run
 * at once. Their slices take turns, each after `pauseMs` of quiet: the event loop is left alone between any two
 * slices, not only between two of one pass (with two passes each filling the other's pauses, requests waited seconds).
 */
let lastTurn: Promise<void> = Promise.resolve();
/**
 * Over --stdio, answers go to standard output: a slice waits until what was written has left (the outline of a 50 MB
 * log is 1.3 MB of JSON, which a pipe takes 64 KiB at a time, a bit in each turn of the loop), so that the answer to
 * a request that comes meanwhile is not held behind it for slice after slice.
 */
const outputDrained = process.argv.includes('--stdio') ? drained(process.stdout) : () => Promise.resolve();
function pause(): Promise<void> {
  // vscode-jsonrpc writes an answer in the loop's check phase (setImmediate), and the answer queued behind a big one
  // in a setImmediate of its own once the big one has left: the slice resumes in the turn after those.
  lastTurn = lastTurn.then(() => new Promise((resume) => setTimeout(() => void outputDrained().then(() => setImmediate(() => setImmediate(resume))), pauseMs)));
  return lastTurn;
}
const pending = new Map<string, NodeJS.Timeout>();
const passes = new Map<string, number>();

async function publish(document: ChunkedDocument): Promise<void> {
  const { uri, version } = document;
  const pass = (passes.get(uri) ?? 0) + 1;
  passes.set(uri, pass);
  const started = performance.now();
  let progress: Promise<WorkDoneProgressServerReporter | undefined> | undefined;
  const diagnostics = await service.diagnosticsInSlices(document, {
    sliceMs,
    pause,
    cancelled: () => passes.get(uri) !== pass || documents.get(uri)?.version !== version,
    progress(fraction) {
      if (!progress && performance.now() - started < progressAfterMs) return;
      progress ??= startProgress(uri);
      void progress.then((reporter) => reporter?.report(Math.round(fraction * 100)));
    },
  });
  void progress?.then((reporter) => reporter?.done());
  if (diagnostics && passes.get(uri) === pass) await connection.sendDiagnostics({ uri, version, diagnostics });
}

/** Progress titled with the document's file name; undefined if the client would not show it. */
async function startProgress(uri: string): Promise<WorkDoneProgressServerReporter | undefined> {
  try {
    const reporter = await connection.window.createWorkDoneProgress();
    reporter.begin(t(service.settings().locale, 'progressTitle', decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1))), 0);
    return reporter;
  } catch {
    return undefined;
  }
}

function publishAll(): void {
  for (const document of documents.all()) void publish(document);
}

// TextDocuments reports an opened document as changed too: its first pass starts there, in a turn of the event loop
// of its own rather than in the one that took the didOpen in (a 50 MB document is cut into chunks in that one).
documents.onDidChangeContent(({ document }) => {
  clearTimeout(pending.get(document.uri));
  pending.set(
    document.uri,
    setTimeout(() => {
      pending.delete(document.uri);
      const current = documents.get(document.uri);
      if (current) void publish(current);
    }, publishDelay),
  );
});
documents.onDidClose(({ document }) => {
  clearTimeout(pending.get(document.uri));
  pending.delete(document.uri);
  passes.delete(document.uri);
  service.forget(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

connection.onHover(({ textDocument, position }) => {
  const document = documents.get(textDocument.uri);
  return document ? service.hover(document, position) : null;
});

// The outline and the folding of a big document take longer than a slice: they are worked out in slices too, for the
// version asked about (VS Code asks for both as soon as a document opens, while its first pass still runs). A pass
// stops when the request is cancelled, or when its document closes or changes (the service sees the version move).
function slicedFor(document: ChunkedDocument, token: CancellationToken): Slicing {
  return { sliceMs, pause, cancelled: () => token.isCancellationRequested || documents.get(document.uri) !== document };
}

/** What a request answers when its pass stopped: cancelled when the client said so, else its document changed. */
function stopped<T>(token: CancellationToken): (answer: T | null) => T {
  return (answer) => {
    if (answer !== null) return answer;
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    throw new ResponseError(LSPErrorCodes.ContentModified, 'the document changed');
  };
}

// Each starts in a turn of its own, as a slice would: requests that came with them are answered first.
connection.onDocumentSymbol(async ({ textDocument }, token) => {
  await pause();
  const document = documents.get(textDocument.uri);
  return document ? service.documentSymbolsInSlices(document, slicedFor(document, token)).then(stopped(token)) : [];
});

connection.onFoldingRanges(async ({ textDocument }, token) => {
  await pause();
  const document = documents.get(textDocument.uri);
  return document ? service.foldingRangesInSlices(document, foldingRangeLimit, slicedFor(document, token)).then(stopped(token)) : [];
});

connection.onCodeAction(({ textDocument, context }) => {
  const document = documents.get(textDocument.uri);
  if (!document) return [];
  // What the client sends back as diagnostics is skipped where it is not one (no range, not an object), as are kinds
  // that are not strings: an answer for the rest, not an error for all.
  const given: unknown = context?.diagnostics;
  const diagnostics = Array.isArray(given) ? given.filter((d: unknown): d is Diagnostic => typeof d === 'object' && d !== null && Diagnostic.is(d)) : [];
  const only: unknown = context?.only;
  return service.codeActions(document, diagnostics, Array.isArray(only) ? only.filter((k: unknown): k is string => typeof k === 'string') : undefined);
});

/** The named string fields of a custom request's params, or an InvalidParams error that says what it takes. */
function stringParams<K extends string>(method: string, params: unknown, ...names: K[]): Record<K, string> {
  const given = (typeof params === 'object' && params !== null ? params : {}) as Partial<Record<K, unknown>>;
  if (names.every((name) => typeof given[name] === 'string')) return given as Record<K, string>;
  throw new ResponseError(ErrorCodes.InvalidParams, `${method} takes { ${names.map((name) => `"${name}": string`).join(', ')} }`);
}

connection.onRequest<MarkdownAnswer, void>(compareMethod, (params: unknown): MarkdownAnswer => {
  const { first, second }: CompareParams = stringParams(compareMethod, params, 'first', 'second');
  const locale = service.settings().locale;
  const comparison = service.compare(first, second);
  if (!comparison) return { error: t(locale, 'unknownCode', service.explain(first) ? second : first) };
  return {
    title: t(locale, 'compareTitle', first, second),
    markdown: renderComparison(comparison, locale, { format: 'markdown' }),
  };
});

connection.onRequest<MarkdownAnswer, void>(explainMethod, (params: unknown): MarkdownAnswer => {
  const { code }: ExplainParams = stringParams(explainMethod, params, 'code');
  const locale = service.settings().locale;
  const explanation = service.explain(code);
  if (!explanation) return { error: t(locale, 'unknownCode', code) };
  return { title: `${code} — ${explanation.title}`, markdown: renderExplanation(explanation, locale, { format: 'markdown' }) };
});

documents.listen(connection);
connection.listen();
