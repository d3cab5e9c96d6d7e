package org.commitmenttracker.extraction.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads an OpenNLP model from the class path (the model jars from Maven Central), failing clearly when absent. */
public final class Models {

    /** How a model is read from its stream: an OpenNLP model's constructor. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private Models() {
    }

    public static <T> T load(String resource, String what, Reader<T> reader) {
        try (InputStream in = Models.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The " + what + " model " + resource + " is missing from the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
