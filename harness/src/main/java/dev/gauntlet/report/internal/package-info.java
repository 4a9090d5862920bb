/** What the report's writers share and keep to themselves: writing a rendered file whole. */
package dev.gauntlet.report.internal;
