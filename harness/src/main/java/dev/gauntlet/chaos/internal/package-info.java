/** The actions' implementations and the OS signals they send, by pid only. */
package dev.gauntlet.chaos.internal;
