import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  compareMethod,
  explainMethod,
  type CompareParams,
  type ExplainParams,
  type MarkdownAnswer,
} from '../../server/src/protocol';

/** Languages the server reads as SMTP, and the generic ones it serves when their content turns out to be SMTP. */
const languages = ['smtp-transcript', 'mail-log', 'eml', 'log', 'plaintext'];
const viewScheme = 'smtp-lens';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  // Over stdio the server reads its input in a thread of its own (server/src/transport.ts): opening a 50 MB log then
  // does not stop it for the parsing of the message, as Node's IPC channel, which parses on the main thread, would.
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: languages.flatMap((language) => [
      { scheme: 'file', language },
      { scheme: 'untitled', language },
    ]),
    initializationOptions: { displayLanguage: vscode.env.language, commandLinks: true },
    markdown: { isTrusted: { enabledCommands: ['smtpLens.compareCodes'] } },
  };
  client = new LanguageClient('smtpLens', 'SMTP Lens', serverOptions, clientOptions);

  const views = new MarkdownViews();
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(viewScheme, views),
    vscode.commands.registerCommand('smtpLens.compareCodes', (first?: string, second?: string) =>
      compareCodes(views, first, second),
    ),
    vscode.commands.registerCommand('smtpLens.explainCode', (code?: string) => explainCode(views, code)),
    vscode.commands.registerCommand('smtpLens.restartServer', () => client?.restart()),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/** Read-only markdown documents under the smtp-lens: scheme, shown in the markdown preview. */
class MarkdownViews implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  async show(name: string, markdown: string): Promise<void> {
    const uri = vscode.Uri.from({ scheme: viewScheme, path: `/${name}.md` });
    this.contents.set(uri.toString(), markdown);
    this.changed.fire(uri);
    try {
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    } catch {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
    }
  }
}

/** The code under the cursor, as a default for the input boxes. */
function codeAtCursor(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const range = editor.document.getWordRangeAtPosition(editor.selection.active, /\d\.\d{1,3}\.\d{1,3}|\d{3}/);
  return range ? editor.document.getText(range) : undefined;
}

const codePattern = /^(\d{3}|\d\.\d{1,3}\.\d{1,3})$/;

async function askCode(prompt: string, value?: string): Promise<string | undefined> {
  const answer = await vscode.window.showInputBox({
    prompt,
    value,
    placeHolder: '550, 5.1.1',
    validateInput: (text) => (codePattern.test(text.trim()) ? undefined : vscode.l10n.t('Enter a reply code (550) or an enhanced status code (5.1.1).')),
  });
  return answer?.trim();
}

async function compareCodes(views: MarkdownViews, first?: string, second?: string): Promise<void> {
  const a = typeof first === 'string' ? first : await askCode(vscode.l10n.t('First code to compare'), codeAtCursor());
  if (!a) return;
  const b = typeof second === 'string' ? second : await askCode(vscode.l10n.t('Second code to compare'));
  if (!b || !client) return;
  await showAnswer(views, `compare-${a}-${b}`, await client.sendRequest<MarkdownAnswer>(compareMethod, { first: a, second: b } satisfies CompareParams));
}

async function explainCode(views: MarkdownViews, code?: string): Promise<void> {
  const c = typeof code === 'string' ? code : await askCode(vscode.l10n.t('Code to explain'), codeAtCursor());
  if (!c || !client) return;
  await showAnswer(views, `explain-${c}`, await client.sendRequest<MarkdownAnswer>(explainMethod, { code: c } satisfies ExplainParams));
}

async function showAnswer(views: MarkdownViews, name: string, answer: MarkdownAnswer): Promise<void> {
  if ('error' in answer) {
    void vscode.window.showErrorMessage(answer.error);
    return;
  }
  await views.show(name, answer.markdown);
}
