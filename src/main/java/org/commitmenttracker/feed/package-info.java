/**
 * Feeds: sources polled on a schedule. A GDELT_EVENTS feed reads GDELT 2.0's lastupdate.txt and imports each new
 * events export, filtered to its parties and CAMEO roots, through intake.
 */
package org.commitmenttracker.feed;
