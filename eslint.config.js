// Lint enforces the three zones: shared domain (pure), main (privileged), renderer (unprivileged).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util',
  'stream', 'events', 'worker_threads', 'process', 'buffer', 'zlib',
];
// IPC goes only through src-main/ipc/ (sender check, validation) and the preload: nowhere else
// may touch ipcMain or ipcRenderer, imported, required, destructured or reached as a member.
const IPC_OBJECTS = ['ipcMain', 'ipcRenderer'];
const IPC_MESSAGE = 'IPC lives in src-main/ipc/ (behind the sender check) and src-main/preload/ only.';
// The app is offline: no update checks, crash uploads or requests from main.
const OFFLINE_OBJECTS = ['autoUpdater', 'crashReporter', 'net'];
const OFFLINE_MESSAGE = 'The app never goes online: no update checks, crash uploads or network requests.';
const ELECTRON_ENTRIES = ['electron', 'electron/main', 'electron/renderer', 'electron/common'];
const electronImports = (names, message) => ELECTRON_ENTRIES.map((name) => ({ name, importNames: names, message }));
const offlinePaths = [
  ...electronImports(OFFLINE_OBJECTS, OFFLINE_MESSAGE),
  ...['electron-updater', 'update-electron-app'].map((name) => ({ name, message: OFFLINE_MESSAGE })),
];
const NO_SYNC_IPC = { selector: "MemberExpression[object.name='ipcRenderer'][property.name='sendSync']", message: 'No sync IPC.' };
const IPC_NAME = `/^(${IPC_OBJECTS.join('|')})$/`;
const NO_RAW_IPC = [
  { selector: `MemberExpression[property.name=${IPC_NAME}]`, message: IPC_MESSAGE },
  { selector: `ObjectPattern > Property[key.name=${IPC_NAME}]`, message: IPC_MESSAGE },
];
const IPC_ZONES = ['src-main/ipc/**', 'src-main/preload/**'];

const platform = (...extra) => ({
  paths: [
    ...['electron', 'react', 'react-dom', 'lowdb', 'lowdb/node', 'docx', 'conf', 'electron-store', ...nodeBuiltins].map(
      (name) => ({ name, message: 'src-main/shared is the pure domain: no platform or I/O imports.' }),
    ),
  ],
  patterns: [{ group: ['node:*', 'electron/*', 'react/*', 'react-dom/*'], message: 'src-main/shared must stay pure.' }, ...extra],
});

export default tseslint.config(
  { ignores: ['.tmp*/**', 'out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', NO_SYNC_IPC, ...NO_RAW_IPC],
      'no-restricted-imports': ['error', { paths: [...electronImports(IPC_OBJECTS, IPC_MESSAGE), ...offlinePaths] }],
    },
  },
  {
    files: IPC_ZONES,
    rules: {
      'no-restricted-syntax': ['error', NO_SYNC_IPC],
      'no-restricted-imports': ['error', { paths: offlinePaths }],
    },
  },
  {
    files: ['src-main/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', platform()] },
  },
  {
    // Services and the CLI are plain Node: Electron lives only in app/, ipc/, preload/ and index.ts.
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/shared/**', 'src-main/app/**', 'src-main/ipc/**', 'src-main/preload/**', 'src-main/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Services run without Electron; inject what they need.' },
            { name: 'electron-store', message: 'electron-store downloads Electron in plain Node; use conf.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: offlinePaths,
          patterns: [{ group: ['../*', '!../shared', '!../shared/**'], message: 'The preload only sees the contract.' }],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'lowdb', 'docx', 'conf', 'electron-store', ...nodeBuiltins].map((name) => ({
            name,
            message: 'The renderer is unprivileged: reach main through src-renderer/lib/api.ts only.',
          })),
          patterns: [
            { group: ['node:*', 'electron/*', 'lowdb/*'], message: 'The renderer is unprivileged.' },
            { regex: 'src-main', message: 'Import the shared domain through @shared/*, nothing else from main.' },
          ],
        },
      ],
    },
  },
);
