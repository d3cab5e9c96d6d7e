/** Column converters shared by the entities of several features, and the COPY writer shared by bulk writers. */
package org.commitmenttracker.persistence;
