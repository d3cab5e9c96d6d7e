package org.commitmenttracker.vocabulary;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.TypeFactory;

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

        static final List<Object> FIELDS = List.of("id", "prefLabel", "altLabels", "broader", "mappings", "evidence",
                "note");

        /** Reads the fields one by one, so that an unknown one is reported on its own line. */
        static final class Reader extends JsonDeserializer<ConceptEntry> {
            @Override
            public ConceptEntry deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    return (ConceptEntry) ctxt.handleUnexpectedToken(ConceptEntry.class, p);
                }
                int line = p.currentTokenLocation().getLineNr();
                TypeFactory types = ctxt.getTypeFactory();
                JavaType strings = types.constructCollectionType(List.class, String.class);
                Map<String, Object> values = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    JavaType type = switch (name) {
                        case "id", "prefLabel", "note" -> types.constructType(String.class);
                        case "altLabels", "broader" -> strings;
                        case "mappings" -> types.constructMapType(Map.class, types.constructType(String.class), strings);
                        case "evidence" -> types.constructType(Boolean.class);
                        default -> throw UnrecognizedPropertyException.from(p, ConceptEntry.class, name, FIELDS);
                    };
                    values.put(name, ctxt.readValue(p, type));
                }
                return new ConceptEntry(line, (String) values.get("id"), (String) values.get("prefLabel"),
                        list(values.get("altLabels")), list(values.get("broader")), map(values.get("mappings")),
                        (Boolean) values.get("evidence"), (String) values.get("note"));
            }

            @SuppressWarnings("unchecked")
            private static List<String> list(Object value) {
                return value == null ? List.of() : (List<String>) value;
            }

            @SuppressWarnings("unchecked")
            private static Map<String, List<String>> map(Object value) {
                return value == null ? Map.of() : (Map<String, List<String>>) value;
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
}
