package org.concert.authoring;

/**
 * A change an analyst proposes to the rule base: create, replace or delete one file (named relative to
 * the rules directory, e.g. {@code warnings/buffer-states.dslr}), or reload the directory as edited on disk.
 */
public record RuleChange(Action action, String file, String text) {

    /** {@code CHECK} is a dry run: audited, never activated. */
    public enum Action { CREATE, REPLACE, DELETE, RELOAD, CHECK }

    public static RuleChange create(String file, String text) {
        return new RuleChange(Action.CREATE, file, text);
    }

    public static RuleChange replace(String file, String text) {
        return new RuleChange(Action.REPLACE, file, text);
    }

    public static RuleChange delete(String file) {
        return new RuleChange(Action.DELETE, file, null);
    }

    public static RuleChange check(String file, String text) {
        return new RuleChange(Action.CHECK, file, text);
    }

    public static RuleChange reload() {
        return new RuleChange(Action.RELOAD, null, null);
    }
}
