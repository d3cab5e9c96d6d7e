package org.commitmenttracker.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.commitmenttracker.TrackerConfig;

/**
 * Turns query-parameter strings into values, collecting every refusal so that one 400 answer names all bad
 * parameters. (JAX-RS would answer a failed conversion of a query parameter with a bare 404.)
 */
public final class QueryParser {

    private final List<FieldError> errors = new ArrayList<>();

    public LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "must be a date as YYYY-MM-DD, got '" + value + "'"));
            return null;
        }
    }

    /** The first instant (UTC) of the given day. */
    public Instant startOfDay(String name, String value) {
        LocalDate day = date(name, value);
        return day == null ? null : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The last instant (UTC) of the given day. */
    public Instant endOfDay(String name, String value) {
        LocalDate day = date(name, value);
        return day == null ? null : day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);
    }

    public <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(name, "must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", got '" + value + "'"));
            return null;
        }
    }

    public Long number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number, got '" + value + "'"));
            return null;
        }
    }

    public Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value);
        }
        errors.add(new FieldError(name, "must be true or false, got '" + value + "'"));
        return null;
    }

    /** Records a refusal found by the caller's own checks. */
    public void reject(String name, String message) {
        errors.add(new FieldError(name, message));
    }

    public String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public PageRequest page(String page, String size, TrackerConfig.Paging config) {
        Long pageNumber = number("page", page);
        Long pageSize = number("size", size);
        if (pageNumber != null && pageNumber < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        boolean sizeValid = pageSize == null || pageSize >= 1 && pageSize <= config.maxSize();
        if (!sizeValid) {
            errors.add(new FieldError("size", "must be between 1 and " + config.maxSize()));
        }
        long effectiveSize = pageSize == null || !sizeValid ? config.defaultSize() : pageSize;
        long lastPage = Integer.MAX_VALUE / effectiveSize - 1;
        if (pageNumber != null && pageNumber > lastPage) {
            errors.add(new FieldError("page", "must be at most " + lastPage + " with a page size of "
                    + effectiveSize + " (no listing reaches further)"));
        }
        return new PageRequest(pageNumber == null || pageNumber > lastPage ? 0 : pageNumber.intValue(),
                (int) effectiveSize);
    }

    /** Fails the request with every refusal collected so far. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
