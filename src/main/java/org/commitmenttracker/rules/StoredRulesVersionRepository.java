package org.commitmenttracker.rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

import org.commitmenttracker.http.Page;
import org.commitmenttracker.http.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class StoredRulesVersionRepository implements PanacheRepositoryBase<StoredRulesVersion, String> {

    /** The shortest prefix that names a version, as logs and pages print it. */
    public static final int SHORTEST_PREFIX = 12;

    /** Versions newest first, without loading their files. */
    public Page<StoredRulesVersion> search(PageRequest page) {
        var query = findAll(Sort.descending("firstLoadedAt")).page(page.toPanache());
        return new Page<>(query.list(), query.count(), page.page(), page.size());
    }

    /**
     * The version a reference names: "current" (the active one), "latest" (the one first loaded most recently), a
     * whole version, or a prefix of at least {@value #SHORTEST_PREFIX} characters that only one version has (a 409
     * when several do).
     */
    public Optional<StoredRulesVersion> findByReference(String reference, String activeVersion) {
        String ref = reference.strip().toLowerCase(Locale.ROOT);
        if (ref.equals("current")) {
            return findByIdOptional(activeVersion);
        }
        if (ref.equals("latest")) {
            return findAll(Sort.descending("firstLoadedAt")).firstResultOptional();
        }
        Optional<StoredRulesVersion> exact = findByIdOptional(ref);
        if (exact.isPresent() || ref.length() < SHORTEST_PREFIX || !ref.matches("[0-9a-f]+")) {
            return exact;
        }
        List<StoredRulesVersion> matches = find("version like ?1", ref + "%").page(0, 2).list();
        if (matches.size() > 1) {
            throw new ClientErrorException("Rules version prefix '" + reference + "' names more than one version: "
                    + "give more characters.", Response.Status.CONFLICT);
        }
        return matches.stream().findFirst();
    }
}
