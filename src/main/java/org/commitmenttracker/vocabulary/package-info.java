/**
 * The controlled vocabulary: three SKOS-shaped schemes (topics, event types, parties) read from
 * {@code rules/vocabulary/*.yaml} together with the rules, the resolution of words and codes to concepts, and the
 * REST resource and page that let people browse it.
 */
package org.commitmenttracker.vocabulary;
