/**
 * Server-rendered pages (Qute) for policy staff and auditors: the overview of overdue and due-soon commitments, a
 * page per commitment with its timeline, the runs and their diffs. No JavaScript; forms post back to the server.
 */
package org.commitmenttracker.web;
