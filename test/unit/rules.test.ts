import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { diagnosticMessage } from '../../server/src/service/features/diagnostics';
import { createLanguageService, defaultSettings, detectLanguageId } from '../../server/src/service';
import { rules } from '../../server/src/service/rules';
import { corpusFiles, readCorpus, repoRoot } from '../support/corpus';
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
  const text = '<** 559 5.7.606 Access denied\n<** 550 4.1.1 x\n';
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
    const found = service.diagnostics(doc('<** 559 5.7.606 Access denied\n', 'smtp-transcript'));
    assert.deepEqual(found.map((d) => [d.code, d.severity]), [
      ['unregistered-code', DiagnosticSeverity.Information],
      ['unregistered-code', DiagnosticSeverity.Information],
    ]);
    assert.match(diagnosticMessage(found[0]!), /559.*first digit 5/);
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

describe('every rule', () => {
  /** Issue 4's rules and the severity each starts with. */
  const severities: Readonly<Record<string, DiagnosticSeverity>> = {
    'enhanced-class-mismatch': DiagnosticSeverity.Warning,
    'unregistered-code': DiagnosticSeverity.Information,
    'mail-before-helo': DiagnosticSeverity.Warning,
    'rcpt-before-mail': DiagnosticSeverity.Warning,
    'data-without-recipient': DiagnosticSeverity.Warning,
    'content-without-354': DiagnosticSeverity.Warning,
    'data-unterminated': DiagnosticSeverity.Warning,
    'lone-dot-in-content': DiagnosticSeverity.Warning,
    'command-after-close': DiagnosticSeverity.Warning,
    'mail-before-auth-done': DiagnosticSeverity.Warning,
    'cleartext-before-starttls': DiagnosticSeverity.Warning,
    'reply-mismatch': DiagnosticSeverity.Warning,
    'data-bdat-mixed': DiagnosticSeverity.Warning,
    'missing-reply': DiagnosticSeverity.Information,
    'unsolicited-reply': DiagnosticSeverity.Information,
    'line-endings': DiagnosticSeverity.Warning,
    'smtp-smuggling': DiagnosticSeverity.Warning,
    'auth-credentials': DiagnosticSeverity.Warning,
    'dsn-contradiction': DiagnosticSeverity.Warning,
    'dsn-missing-field': DiagnosticSeverity.Warning,
    'malformed-header': DiagnosticSeverity.Warning,
    'log-delivery-failure': DiagnosticSeverity.Information,
    'reply-code-syntax': DiagnosticSeverity.Error,
    'multiline-code-mismatch': DiagnosticSeverity.Error,
    'multiline-unterminated': DiagnosticSeverity.Warning,
    'multiline-extra-line': DiagnosticSeverity.Warning,
    'enhanced-syntax': DiagnosticSeverity.Error,
    'enhanced-not-allowed': DiagnosticSeverity.Warning,
    'enhanced-missing': DiagnosticSeverity.Hint,
    'enhanced-unusual-pairing': DiagnosticSeverity.Hint,
    'command-line-too-long': DiagnosticSeverity.Warning,
    'reply-line-too-long': DiagnosticSeverity.Warning,
    'text-line-too-long': DiagnosticSeverity.Warning,
    'local-part-too-long': DiagnosticSeverity.Warning,
    'domain-too-long': DiagnosticSeverity.Warning,
    'too-many-recipients': DiagnosticSeverity.Warning,
  };

  it('is listed, and nothing else is', () => {
    assert.deepEqual(rules.map((r) => r.id).sort(), Object.keys(severities).sort());
  });
  for (const rule of rules) {
    it(`${rule.id}: one file, its severity, docs in English and Korean that cite an RFC and say how to switch it off`, () => {
      assert.equal(rule.defaultSeverity, severities[rule.id]);
      assert.ok(existsSync(join(repoRoot, 'server', 'src', 'service', 'rules', `${rule.id}.ts`)));
      for (const text of [rule.docs.en, rule.docs.ko]) {
        assert.match(text, /RFC \d+/);
        assert.ok(text.includes(`smtp-lens-disable ${rule.id}`));
        assert.ok(text.includes('smtpLens.diagnostics.rules'));
      }
    });
  }
});
