import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { diagnosticMessage } from '../../server/src/service/features/diagnostics';
import { createLanguageService, defaultSettings, detectLanguageId } from '../../server/src/service';
import { corpusFiles, readCorpus } from '../support/corpus';
import { applyEdits, doc } from '../support/documents';

const service = createLanguageService();

describe('enhanced-class-mismatch', () => {
  const text = '<-  250 2.1.0 Ok\r\n<** 550 4.1.1 <bob@example.com>: Recipient address rejected\r\n';

  it('fires on the enhanced code whose class differs from the reply', () => {
    const found = service.diagnostics(doc(text, 'smtp-transcript')).filter((d) => d.code === 'enhanced-class-mismatch');
    assert.equal(found.length, 1);
    assert.deepEqual(found[0]!.range, { start: { line: 1, character: 8 }, end: { line: 1, character: 13 } });
    assert.equal(found[0]!.severity, DiagnosticSeverity.Warning);
    assert.match(diagnosticMessage(found[0]!), /5\.1\.1/);
  });

  it('its quick fix changes only the class digit, and the diagnostic goes away', () => {
    const document = doc(text, 'smtp-transcript');
    const [diagnostic] = service.diagnostics(document).filter((d) => d.code === 'enhanced-class-mismatch');
    const [action] = service.codeActions(document, [diagnostic!]);
    assert.ok(action?.edit?.changes);
    const edits = action.edit.changes[document.uri]!;
    assert.deepEqual(edits.map((e) => e.newText), ['5']);
    const fixed = applyEdits(text, edits);
    assert.equal(fixed, text.replace('550 4.1.1', '550 5.1.1'));
    assert.deepEqual(service.diagnostics(doc(fixed, 'smtp-transcript')).filter((d) => d.code === 'enhanced-class-mismatch'), []);
  });

  it('can be switched off or made an error by setting', () => {
    const off = createLanguageService({ ...defaultSettings, rules: { 'enhanced-class-mismatch': 'off' } });
    assert.equal(off.diagnostics(doc(text, 'smtp-transcript')).length, 0);
    const strict = createLanguageService({ ...defaultSettings, rules: { 'enhanced-class-mismatch': 'error' } });
    assert.equal(strict.diagnostics(doc(text, 'smtp-transcript'))[0]?.severity, DiagnosticSeverity.Error);
  });
});

describe('ignore comments', () => {
  const text = '<** 599 5.7.606 Access denied\n<** 550 4.1.1 x\n';
  const ids = (t: string): string[] => service.diagnostics(doc(t, 'smtp-transcript')).map((d) => `${d.range.start.line}:${String(d.code)}`);

  it('smtp-lens-disable RULE switches a rule off for the document', () => {
    assert.deepEqual(ids(`${text}# smtp-lens-disable unregistered-code\n`), ['1:enhanced-class-mismatch']);
  });
  it('smtp-lens-disable-next-line RULE switches it off for the line below only', () => {
    const disabled = `# smtp-lens-disable-next-line unregistered-code, enhanced-class-mismatch\n${text}`;
    assert.deepEqual(ids(disabled), ['2:enhanced-class-mismatch']);
  });
  it('without a rule id, every rule is off', () => {
    assert.deepEqual(ids(`smtp-lens-disable\n${text}`), []);
  });
});

describe('unregistered-code', () => {
  it('informs about codes outside the RFCs and the registry, with what the digits say', () => {
    const found = service.diagnostics(doc('<** 599 5.7.606 Access denied\n', 'smtp-transcript'));
    assert.deepEqual(found.map((d) => [d.code, d.severity]), [
      ['unregistered-code', DiagnosticSeverity.Information],
      ['unregistered-code', DiagnosticSeverity.Information],
    ]);
    assert.match(diagnosticMessage(found[0]!), /599.*first digit 5/);
  });
});

describe('the rules stay silent on the real corpus where nothing is wrong', () => {
  for (const folder of ['transcripts', 'logs', 'eml'] as const) {
    it(`${folder}/ has no class mismatch`, () => {
      const noisy = corpusFiles(folder).filter((path) =>
        service.diagnostics(doc(readCorpus(path), detectLanguageId)).some((d) => d.code === 'enhanced-class-mismatch'),
      );
      assert.deepEqual(noisy, []);
    });
    it(`${folder}/ has only registered codes`, () => {
      const noisy = corpusFiles(folder).flatMap((path) =>
        service.diagnostics(doc(readCorpus(path), detectLanguageId)).filter((d) => d.code === 'unregistered-code').map((d) => `${path}: ${diagnosticMessage(d)}`),
      );
      assert.deepEqual(noisy, []);
    });
  }
});
