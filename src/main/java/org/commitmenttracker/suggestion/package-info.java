/**
 * Suggested evidence: events from machine-coded datasets that meet a commitment's criteria, in all the dataset can
 * say, wait here until staff confirm them (then they count for that commitment) or reject them with a reason.
 */
package org.commitmenttracker.suggestion;
