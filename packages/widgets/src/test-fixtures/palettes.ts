// The theming guide's palettes: shown in Storybook (Guides/Theming) and checked for contrast by the widget tests.

/** Values of the public colour and shape tokens, by token name. */
export type Palette = Record<`--kim-${string}`, string>;

/** The navy and gold of the Kota Pangkalpinang portal (examples/municipal-site). */
export const cityPortal: Palette = {
  '--kim-color-primary': '#0b3a63',
  '--kim-color-on-primary': '#ffffff',
  '--kim-color-surface': '#ffffff',
  '--kim-color-text': '#17212b',
  '--kim-color-muted': '#46525f',
  '--kim-color-danger': '#b42318',
  '--kim-color-border': '#c9d3de',
  '--kim-radius': '10px',
  '--kim-font': "system-ui, 'Segoe UI', Roboto, sans-serif",
  '--kim-space': '1rem',
};

/** A warm, rounded look with a serif face and more room. */
export const kampung: Palette = {
  '--kim-color-primary': '#1d6b3a',
  '--kim-color-on-primary': '#ffffff',
  '--kim-color-surface': '#fbf8f1',
  '--kim-color-text': '#2a2118',
  '--kim-color-muted': '#5e5245',
  '--kim-color-danger': '#a4261b',
  '--kim-color-border': '#d9cdb8',
  '--kim-radius': '18px',
  '--kim-font': "Georgia, 'Times New Roman', serif",
  '--kim-space': '1.25rem',
};

/**
 * What the municipal demo site sets: its own colours but no `--kim-color-on-primary`, which the widgets then derive
 * from the primary colour (with `theme="auto"` on a dark system this once gave dark text on navy, 1.5:1).
 */
export const municipalSite: Palette = {
  '--kim-color-primary': '#0b3a63',
  '--kim-color-surface': '#ffffff',
  '--kim-color-text': '#17212b',
  '--kim-color-muted': '#46525f',
  '--kim-color-danger': '#b42318',
};

/** Every palette of the guide, by name. */
export const palettes = { 'City portal (navy and gold)': cityPortal, 'Green, rounded, serif': kampung };
