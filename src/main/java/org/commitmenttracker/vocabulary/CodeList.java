package org.commitmenttracker.vocabulary;

/**
 * An outside code list a scheme maps from. {@code resolvesTerms}: its codes resolve when given as plain terms (a
 * CAMEO code typed as an event type); otherwise only a caller that names the list (an import of FIPS-coded data)
 * reads them. {@code prefixes}: the codes are hierarchical, so an unmapped code resolves through its longest mapped
 * prefix (CAMEO 0431 through 043, then 04).
 */
public record CodeList(String id, String title, String source, boolean resolvesTerms, boolean prefixes) {
}
