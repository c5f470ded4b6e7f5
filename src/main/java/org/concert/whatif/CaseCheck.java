package org.concert.whatif;

import org.concert.casefile.CaseError;
import org.concert.casefile.CaseFile;
import org.concert.casefile.CaseLoader;
import org.concert.casefile.InvalidCaseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link CaseLoader#fromTree} for JSON from a request. The schema validator fails with an exception
 * (not an error) on a number a JSON Schema {@code minimum} cannot compare, e.g. {@code "year": 1e300};
 * here that becomes an {@link InvalidCaseException} at the number's path, like any other bad value.
 */
public final class CaseCheck {

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private CaseCheck() {
    }

    public static CaseFile fromTree(JsonNode tree, String origin) {
        try {
            return CaseLoader.fromTree(tree, origin);
        } catch (JacksonException e) {
            List<CaseError> errors = new ArrayList<>();
            outOfRange(tree, "$", origin, errors);
            if (errors.isEmpty()) errors.add(new CaseError(origin, "$", "a value cannot be checked: " + e.getOriginalMessage()));
            throw new InvalidCaseException(errors);
        }
    }

    private static void outOfRange(JsonNode node, String path, String origin, List<CaseError> errors) {
        if (node.isNumber()) {
            BigDecimal value = node.decimalValue();
            if (value.compareTo(LONG_MIN) < 0 || value.compareTo(LONG_MAX) > 0) {
                errors.add(new CaseError(origin, path, "number " + node + " is out of range"));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) outOfRange(node.get(i), path + "[" + i + "]", origin, errors);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> p : node.properties()) outOfRange(p.getValue(), path + "." + p.getKey(), origin, errors);
        }
    }
}
