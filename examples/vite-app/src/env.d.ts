/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the KIM API the app talks to; defaults to the page's origin. */
  readonly VITE_KIM_API_URL?: string;
}
