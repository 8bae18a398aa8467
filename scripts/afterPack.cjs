// electron-builder afterPack hook: sets Electron's fuses on the packed binary before it is signed
// and wrapped into an installer. Fuses are flags compiled into Electron that no command-line
// option or environment variable can turn back on.
const { flipFuses, FuseV1Options, FuseVersion } = require('@electron/fuses');
const { join } = require('node:path');

/** The fuses every Tandem build ships with; scripts/packCheck.mjs reads them back. */
const TANDEM_FUSES = {
  // ELECTRON_RUN_AS_NODE would turn Tandem into a plain Node.js with the user's trust.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and local storage encrypted with the OS keychain.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect would let anything that can start Tandem run code inside it.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar is checked against the hash electron-builder embeds (macOS and Windows)…
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // …and the app is loaded from it only, never from a loose app/ folder put beside it.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The page is served on app://tandem; file:// needs no extra rights.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** Where the Electron binary carrying the fuse wire is, per platform. */
function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return join(appOutDir, `${packager.appInfo.productFilename}.app`);
  if (electronPlatformName === 'win32') return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  return join(appOutDir, packager.executableName);
}

async function afterPack(context) {
  await flipFuses(electronBinary(context), {
    version: FuseVersion.V1,
    // Changing the binary breaks the ad-hoc signature arm64 Macs require; sign it again.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3,
    ...TANDEM_FUSES,
  });
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.TANDEM_FUSES = TANDEM_FUSES;
