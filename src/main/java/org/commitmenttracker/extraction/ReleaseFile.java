package org.commitmenttracker.extraction;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.commitmenttracker.http.InvalidRequestException;
import org.commitmenttracker.vocabulary.Labels;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A release as a file (from the inbox or the command line): its text, and where it comes from, given by a side file
 * {@code <name>.release.yaml} or by YAML front matter between {@code ---} lines at the top of the text:
 * {@code source} (an existing source's id), or {@code publisher}, {@code statedOn} and {@code title} (and optionally
 * {@code url}, {@code id}) to register a new one, whose id is then the file's name.
 */
public record ReleaseFile(Settings settings, byte[] text, String mediaType, String fileName) {

    public static final String SIDE_FILE = ".release.yaml";
    private static final YAMLMapper YAML = YAMLMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** Where a release comes from. */
    public record Settings(String source, String id, String publisher, LocalDate statedOn, String title,
                           String url) {

        /** These settings with the given ones (from the command line) in place of any here. */
        Settings with(Map<String, String> given) {
            return new Settings(given.getOrDefault("source", source), given.getOrDefault("id", id),
                    given.getOrDefault("publisher", publisher), given.containsKey("statedOn")
                    ? LocalDate.parse(given.get("statedOn")) : statedOn, given.getOrDefault("title", title),
                    given.getOrDefault("url", url));
        }
    }

    /** Reads the file and its settings; a settings file that cannot be read is refused naming its file and line. */
    public static ReleaseFile read(Path file) throws IOException {
        String name = file.getFileName().toString();
        byte[] bytes = Files.readAllBytes(file);
        Path side = file.resolveSibling(name + SIDE_FILE);
        Settings settings = Files.exists(side) ? parse(Files.readString(side), side.getFileName().toString(), 0) : null;
        String content = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        if (content.startsWith("---\n") || content.startsWith("---\r\n")) {
            int end = content.indexOf("\n---", 4);
            if (end > 0) {
                Settings front = parse(content.substring(content.indexOf('\n') + 1, end + 1), name, 1);
                settings = settings == null ? front : settings;
                int body = content.indexOf('\n', end + 4);
                bytes = (body < 0 ? "" : content.substring(body + 1)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String type = lower.endsWith(".html") || lower.endsWith(".htm") ? "text/html" : "text/plain";
        return new ReleaseFile(settings == null ? new Settings(null, null, null, null, null, null) : settings, bytes,
                type, name);
    }

    /** The id a new source from this file gets: the settings' id, else the file's name without its extension. */
    public String newSourceId() {
        if (settings.id() != null) {
            return settings.id();
        }
        String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        return Labels.slug(base);
    }

    private static Settings parse(String yaml, String file, int lineOffset) {
        try {
            Settings s = YAML.readValue(yaml, Settings.class);
            return s == null ? new Settings(null, null, null, null, null, null) : s;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr() + lineOffset;
            throw new InvalidRequestException("settings", file + ":" + line + ": " + e.getOriginalMessage());
        }
    }
}
