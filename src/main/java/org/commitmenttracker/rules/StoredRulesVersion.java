package org.commitmenttracker.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The exact texts of one rules version, kept from its first load on so that any past outcome can be traced. */
@Entity
@Immutable
@Table(name = "rules_version")
public class StoredRulesVersion {

    @Id
    public String version;

    @Column(name = "first_loaded_at", nullable = false)
    public Instant firstLoadedAt;

    @Column(name = "first_loaded_by", nullable = false)
    public String firstLoadedBy;

    @ElementCollection
    @CollectionTable(name = "rules_version_file", joinColumns = @JoinColumn(name = "version"))
    @OrderBy("path")
    public List<StoredFile> files = new ArrayList<>();

    /** One file of the version. */
    @Embeddable
    public static class StoredFile {

        @Column(nullable = false)
        public String path;

        @Column(nullable = false, length = 1_000_000)
        public String content;

        public StoredFile() {
        }

        StoredFile(RuleFile file) {
            this.path = file.path();
            this.content = file.content();
        }
    }
}
