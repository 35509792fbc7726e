package org.cairn.plans.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.UUID;

/**
 * Stores an optional reference (what a goal serves or targets, the conference it was agreed in, a plan's template)
 * as VARCHAR(36): EclipseLink 4.0.7 cannot read NULL from a UUID column and binds a null UUID as VARCHAR, which
 * PostgreSQL refuses for a UUID column (V13__plans_optional_references.sql). Required references stay UUID.
 */
@Converter
public class OptionalUuid implements AttributeConverter<UUID, String> {

    @Override
    public String convertToDatabaseColumn(UUID value) {
        return value == null ? null : value.toString();
    }

    @Override
    public UUID convertToEntityAttribute(String value) {
        return value == null ? null : UUID.fromString(value);
    }
}
