package org.commitmenttracker.extraction;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.commitmenttracker.http.InvalidRequestException;

import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.core.Response;

/**
 * What a submitted release must be to be read: UTF-8 text, not binary, not empty, and in English (the language the
 * sentence model and the cue rules read). Each refusal names the field; nothing is stored.
 */
final class ReleaseTextCheck {

    private static final double LATIN_SHARE = 0.6;

    private ReleaseTextCheck() {
    }

    /** The bytes as text; refused when they are not UTF-8 or hold control bytes of a binary file. */
    static String decode(byte[] body) {
        if (body == null || body.length == 0) {
            throw new InvalidRequestException("text", "is empty: send the release's text or HTML");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new ClientErrorException("The body is not UTF-8 text: send a release as text/plain or text/html.",
                    Response.Status.UNSUPPORTED_MEDIA_TYPE);
        }
        if (text.chars().anyMatch(c -> c == 0 || (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f'))) {
            throw new ClientErrorException("The body holds binary data: send a release as text/plain or text/html.",
                    Response.Status.UNSUPPORTED_MEDIA_TYPE);
        }
        return text;
    }

    /** The cleaned text, if it has words to read in a language the extraction reads. */
    static String readable(String cleaned) {
        long letters = cleaned.codePoints().filter(Character::isLetter).count();
        if (letters == 0) {
            throw new InvalidRequestException("text", "has no words to read once its markup is removed");
        }
        long latin = cleaned.codePoints().filter(Character::isLetter)
                .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN).count();
        if (latin < letters * LATIN_SHARE) {
            throw InvalidRequestException.unprocessable("text", "does not read as English (" + Math.round(100.0 * latin
                    / letters) + "% of its letters are Latin): extraction reads English releases only");
        }
        Languages.notEnglish(cleaned).ifPresent(language -> {
            throw InvalidRequestException.unprocessable("text", "reads as " + language + ", not English: extraction "
                    + "reads English releases only");
        });
        return cleaned;
    }
}
