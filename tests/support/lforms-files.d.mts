/** LHC-Forms' version, integrity, folder and prebuilt files (lforms-files.mjs). */
export const LFORMS: {
  readonly version: string;
  readonly integrity: string;
  readonly dir: string;
  readonly styles: readonly string[];
  readonly scripts: readonly string[];
  readonly files: readonly string[];
};
