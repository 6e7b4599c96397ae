// The extension-host suite: every file here runs inside VS Code's extension host with the real `vscode` API.
import './language.test';
import './hover.test';
import './diagnostics.test';
import './compare.test';
import './outline.test';
