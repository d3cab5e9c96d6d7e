package org.commitmenttracker.vocabulary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * One vocabulary file as written: which scheme it adds to, the code lists it declares, its concepts, and code tables
 * mapping outside codes to concepts. Concepts and code-table entries keep the line they start on, so that every
 * fault found later can be reported with its file and line.
 */
record SchemeFile(String scheme, String title, Map<String, CodeListEntry> codeLists, List<ConceptEntry> concepts,
                  Map<String, CodeTable> mappings) {

    SchemeFile {
        codeLists = codeLists == null ? Map.of() : codeLists;
        concepts = concepts == null ? List.of() : concepts;
        mappings = mappings == null ? Map.of() : mappings;
    }

    /** A code list as declared under {@code codeLists:}. */
    record CodeListEntry(String title, String source, Boolean resolvesTerms, Boolean prefixes) {
    }

    /** A concept as written, with the line its entry starts on. */
    @JsonDeserialize(using = ConceptEntry.Reader.class)
    record ConceptEntry(int line, String id, String prefLabel, List<String> altLabels, List<String> broader,
                        Map<String, List<String>> mappings, Boolean evidence, String note) {

        /** The fields of a concept entry; unknown fields are refused. */
        record Fields(String id, String prefLabel, List<String> altLabels, List<String> broader,
                      Map<String, List<String>> mappings, Boolean evidence, String note) {
        }

        static final class Reader extends JsonDeserializer<ConceptEntry> {
            @Override
            public ConceptEntry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                int line = p.currentTokenLocation().getLineNr();
                Fields f = ctxt.readValue(p, Fields.class);
                return new ConceptEntry(line, f.id(), f.prefLabel(), orEmpty(f.altLabels()), orEmpty(f.broader()),
                        f.mappings() == null ? Map.of() : f.mappings(), f.evidence(), f.note());
            }
        }
    }

    /** A table of one code list: code to concept id, each entry with its line. */
    @JsonDeserialize(using = CodeTable.Reader.class)
    record CodeTable(List<Entry> entries) {

        record Entry(int line, String code, String conceptId) {
        }

        static final class Reader extends JsonDeserializer<CodeTable> {
            @Override
            public CodeTable deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    return (CodeTable) ctxt.handleUnexpectedToken(CodeTable.class, p);
                }
                Map<String, Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    int line = p.currentTokenLocation().getLineNr();
                    String code = p.currentName();
                    JsonToken value = p.nextToken();
                    if (!value.isScalarValue()) {
                        ctxt.reportInputMismatch(CodeTable.class, "code '%s' must map to one concept id", code);
                    }
                    entries.put(code, new Entry(line, code, value == JsonToken.VALUE_NULL ? null : p.getText()));
                }
                return new CodeTable(new ArrayList<>(entries.values()));
            }
        }
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
