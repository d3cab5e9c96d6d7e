/**
 * Event intake: importing event datasets (GDELT 2.0 exports, our own event CSV) through the vocabulary, merging rows
 * that describe the same real event, and proposing the events machine-coded data brings as suggested evidence.
 */
package org.commitmenttracker.intake;
