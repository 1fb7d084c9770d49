// cdn/kim-widgets.js: all four widgets in one self-contained file, exporting everything the package root does.
import './script-origin.js';
import '../define/all.js';

export * from '../index.js';
