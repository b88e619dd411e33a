package id.sipetruk.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form (form-js) as Tasklist renders it, addressed by the labels a person reads, never by field
 * keys: a renamed label or a field that does not render makes the test fail as it would confuse a user.
 */
final class CamundaForm {

    private final Browser browser;

    CamundaForm(Browser browser) {
        this.browser = browser;
        browser.visible(By.cssSelector(".fjs-form"));
    }

    /** The input a label points to ("Judul periode" finds the label "Judul periode*"). */
    WebElement field(String label) {
        WebElement labelElement = browser.visible(By.xpath("//form[contains(@class,'fjs-form')]//label"
                + "[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(.), " + literal(label) + ")]"));
        return browser.driver().findElement(By.id(labelElement.getAttribute("for")));
    }

    /** The whole form field (label, input, description, errors) whose label starts with the text. */
    WebElement container(String label) {
        return browser.visible(By.xpath("//form[contains(@class,'fjs-form')]//div[contains(concat(' ', @class, ' '), "
                + "' fjs-form-field ')][.//*[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(.), "
                + literal(label) + ")]]"));
    }

    /** Types into a text, number or time field (replacing what is there) and leaves it with Tab. */
    CamundaForm type(String label, Object value) {
        String text = String.valueOf(value);
        for (int attempt = 0; attempt < 3; attempt++) {
            WebElement input = field(label);
            if (text.equals(input.getDomProperty("value"))) {
                return this;
            }
            browser.scrollIntoView(input);
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
            input.sendKeys(text);
            input.sendKeys(Keys.TAB);
            settle();
        }
        throw new AssertionError("'" + label + "' does not keep " + text + ": shows '" + field(label).getDomProperty("value")
                + "'");
    }

    /** A date (and time) picker field: the date typed as dd/mm/yyyy the picker expects, month first. */
    CamundaForm typeDate(String label, java.time.LocalDate date) {
        WebElement input = field(label);
        browser.scrollIntoView(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(String.format("%02d/%02d/%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear()));
        input.sendKeys(Keys.ENTER);
        input.sendKeys(Keys.TAB);
        return this;
    }

    /** A dropdown (select) field: opens it and clicks the option. */
    CamundaForm choose(String label, String option) {
        WebElement input = field(label);
        WebElement display = browser.driver().findElement(By.id(input.getAttribute("id") + "-display"));
        browser.scrollIntoView(display);
        WebElement field = container(label);
        // form-js opens the list when the field gets focus (e.g. by Tab), and a click then closes it again
        if (field.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty()) {
            display.click();
        }
        browser.waiting().until(d -> !field.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty());
        // a form that shows or hides fields by condition re-renders while the list opens: try again on the new one
        browser.waiting().ignoring(ElementClickInterceptedException.class).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    WebElement item = field.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
                            .filter(candidate -> candidate.getText().trim().equals(option)).findFirst()
                            .orElseThrow(() -> new AssertionError("no option '" + option + "' in " + label));
                    browser.scrollIntoView(item);
                    item.click();
                    return true;
                });
        return this;
    }

    /** A radio group: clicks the option's label. */
    CamundaForm pick(String label, String option) {
        WebElement group = container(label);
        WebElement optionLabel = group.findElement(By.xpath(".//label[normalize-space(.)=" + literal(option) + "]"));
        browser.scrollIntoView(optionLabel);
        optionLabel.click();
        return this;
    }

    /** A single checkbox, or one box of a checklist (by the option's text). */
    CamundaForm tick(String label) {
        WebElement box = browser.visible(By.xpath("//form[contains(@class,'fjs-form')]//label[starts-with(normalize-space(.), "
                + literal(label) + ")]"));
        browser.scrollIntoView(box);
        box.click();
        return this;
    }

    boolean isTicked(String label) {
        WebElement box = browser.visible(By.xpath("//form[contains(@class,'fjs-form')]//label[starts-with(normalize-space(.), "
                + literal(label) + ")]"));
        String id = box.getAttribute("for");
        WebElement input = id == null || id.isEmpty() ? box.findElement(By.tagName("input"))
                : browser.driver().findElement(By.id(id));
        return input.isSelected();
    }

    /** A tag list: types part of an option and clicks the option that contains the text. */
    CamundaForm addTag(String label, String search, String option) {
        WebElement input = container(label).findElement(By.cssSelector("input.fjs-taglist-input"));
        browser.scrollIntoView(input);
        input.click();
        input.sendKeys(search);
        browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][contains(normalize-space(.), "
                + literal(option) + ")]"));
        container(label).findElement(By.cssSelector("input.fjs-taglist-input")).sendKeys(Keys.ESCAPE, Keys.TAB);
        browser.waiting().until(d -> container(label).findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty());
        return this;
    }

    CamundaForm removeTag(String tagText) {
        WebElement tag = browser.visible(By.xpath("//*[contains(concat(' ', @class, ' '), ' fjs-taglist-tag ')]"
                + "[contains(normalize-space(.), " + literal(tagText) + ")]"));
        tag.findElement(By.cssSelector(".fjs-taglist-tag-remove")).click();
        return this;
    }

    List<String> tags(String label) {
        return container(label).findElements(By.cssSelector(".fjs-taglist-tag")).stream().map(WebElement::getText)
                .toList();
    }

    /** The error lines form-js shows under a field (as the person sees them). */
    String errors(String label) {
        List<WebElement> errors = container(label).findElements(By.cssSelector(".fjs-form-field-error"));
        return errors.isEmpty() ? "" : errors.get(0).getText().trim();
    }

    boolean isShown(String label) {
        return !browser.driver().findElements(By.xpath("//form[contains(@class,'fjs-form')]//*[contains(@class,"
                + "'fjs-form-field-label')][starts-with(normalize-space(.), " + literal(label) + ")]")).isEmpty();
    }

    /** What a field shows (the value of an input or text area, which the form's text leaves out). */
    String value(String label) {
        return field(label).getDomProperty("value");
    }

    String text() {
        return browser.visible(By.cssSelector(".fjs-form")).getText();
    }

    /** form-js debounces its inputs; a field is read back after this pause. */
    private static void settle() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static String literal(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }
}
