/** Column converters shared by the entities of several features. */
package org.commitmenttracker.persistence;
