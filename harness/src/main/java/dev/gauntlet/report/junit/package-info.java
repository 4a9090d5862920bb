/** junit.xml: a run's verdicts as test cases that Jenkins, GitLab and GitHub reporters read. */
package dev.gauntlet.report.junit;
