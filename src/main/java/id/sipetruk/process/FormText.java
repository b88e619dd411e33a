package id.sipetruk.process;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text a person typed (a reason, a title, a name), shown inside a Camunda Form's text view: Camunda Forms render
 * text views as Markdown, so "[klik di sini](https://…)" would become a link and "**…**" bold. Every character with
 * a meaning in Markdown or HTML is escaped, so the text shows exactly as it was typed.
 */
public final class FormText {

    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\](){}<>#|!~]");

    private FormText() {
    }

    public static String plain(String text) {
        return text == null ? null : SPECIAL.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }
}
