/**
 * Follow-through at a glance: the current run's statuses counted and scored per party, addressee, source release,
 * topic or kind, with the compliance scale of rules/parameters.yaml.
 */
package org.commitmenttracker.scorecard;
