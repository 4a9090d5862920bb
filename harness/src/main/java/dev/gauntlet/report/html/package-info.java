/** index.html: one self-contained file (inline SVG charts, no network) a person reads in a minute. */
package dev.gauntlet.report.html;
