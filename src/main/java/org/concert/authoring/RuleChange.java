package org.concert.authoring;

/**
 * A change an analyst proposes to the rule base: create, replace or delete one file (named relative to
 * the rules directory, e.g. {@code warnings/buffer-states.dslr}), or reload the directory as edited on disk.
 */
public record RuleChange(Action action, String file, String text) {

    public enum Action { CREATE, REPLACE, DELETE, RELOAD }

    public static RuleChange create(String file, String text) {
        return new RuleChange(Action.CREATE, file, text);
    }

    public static RuleChange replace(String file, String text) {
        return new RuleChange(Action.REPLACE, file, text);
    }

    public static RuleChange delete(String file) {
        return new RuleChange(Action.DELETE, file, null);
    }

    public static RuleChange reload() {
        return new RuleChange(Action.RELOAD, null, null);
    }
}
