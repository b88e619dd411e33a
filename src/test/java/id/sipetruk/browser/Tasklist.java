package id.sipetruk.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Camunda Tasklist as a person uses it: filters on the left, the task list, the task with its form. Buttons are
 * found by the Indonesian words a person reads (Tasklist speaks Bahasa Indonesia: locales/id.json).
 */
final class Tasklist {

    static final String CLAIM = "Ambil";
    static final String COMPLETE = "Selesaikan";
    static final String START_PROCESS = "Mulai proses";
    static final String START = "Mulai";
    private static final By CLAIM_BUTTON = By.xpath("//button[normalize-space(.)='" + CLAIM + "']");

    private static final By FILTER_NAMES = By.cssSelector(".task-filter h4.name a");
    private static final By TASKS = By.cssSelector(".tasks-list li.task");

    private final Browser browser;

    Tasklist(Browser browser) {
        this.browser = browser;
    }

    Tasklist open() {
        browser.open("/camunda/app/tasklist/");
        browser.visible(FILTER_NAMES);
        return this;
    }

    List<String> filters() {
        return browser.all(FILTER_NAMES).stream().map(Tasklist::withoutCounter).toList();
    }

    Tasklist filter(String name) {
        WebElement link = browser.all(FILTER_NAMES).stream().filter(a -> withoutCounter(a).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no Tasklist filter '" + name + "' in " + filters()));
        link.click();
        browser.waiting().until(d -> link.findElement(By.xpath("./ancestor::div[contains(@class,'task-filter')]"))
                .getAttribute("class").contains("active"));
        pause();
        return this;
    }

    /** The task list's entries (task name, process, and the filter's variables such as the nominee). */
    List<String> tasks() {
        pause();
        return browser.all(TASKS).stream().map(WebElement::getText).toList();
    }

    /** Opens the first task whose list entry contains every text given, and waits for its form. */
    CamundaForm openTask(String... texts) {
        browser.waiting().until(d -> firstTask(texts) != null);
        WebElement task = firstTask(texts);
        browser.scrollIntoView(task);
        task.findElement(By.cssSelector("h4 a, .names a, a")).click();
        browser.visible(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form"));
        if (!browser.all(CLAIM_BUTTON).isEmpty()) {
            browser.click(CLAIM_BUTTON);
            browser.waiting().until(d -> browser.all(CLAIM_BUTTON).isEmpty());
        }
        return new CamundaForm(browser);
    }

    private WebElement firstTask(String... texts) {
        return browser.all(TASKS).stream()
                .filter(t -> {
                    String text = t.getText();
                    for (String part : texts) {
                        if (!text.contains(part)) {
                            return false;
                        }
                    }
                    return true;
                })
                .findFirst().orElse(null);
    }

    WebElement completeButton() {
        return browser.visible(By.xpath("//button[normalize-space(.)='" + COMPLETE + "']"));
    }

    /** Completes the open task and waits until Tasklist has taken it off the list. */
    void complete() {
        WebElement button = completeButton();
        browser.scrollIntoView(button);
        browser.waiting().until(d -> button.isEnabled());
        button.click();
        browser.waiting().until(d -> browser.all(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form")).isEmpty()
                || !notifications().isEmpty());
    }

    /** Clicks Selesaikan and expects a refusal: returns the message Tasklist shows (still on screen). */
    String completeRefused() {
        WebElement button = completeButton();
        browser.scrollIntoView(button);
        button.click();
        browser.waiting().until(d -> !notifications().isEmpty());
        return notifications();
    }

    /** Closes Tasklist's messages, as the person does after reading them. */
    void dismissNotifications() {
        for (WebElement close : browser.all(By.cssSelector(".page-notifications .alert button.close.ng-scope"))) {
            close.click();
        }
        browser.waiting().until(d -> notifications().isEmpty());
    }

    String notifications() {
        return String.join("\n", browser.all(By.cssSelector(".page-notifications .alert")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList());
    }

    /** Opens "Mulai proses", picks the process by its name and waits for its start form. */
    CamundaForm startProcess(String processName) {
        browser.click(startProcessEntry());
        browser.click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space(.)=" + CamundaForm.literal(processName)
                + "]"));
        browser.visible(By.cssSelector(".modal .fjs-form"));
        return new CamundaForm(browser);
    }

    WebElement startButton() {
        return browser.visible(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='" + START
                + "']"));
    }

    /** The header's "Mulai proses" entry (shown only to whoever may start a process). */
    static By startProcessEntry() {
        return By.xpath("//li[contains(@class,'start-process-action')]//a[contains(normalize-space(.), '" + START_PROCESS
                + "')]");
    }

    /** The header's "Buat tugas" entry (shown only to whoever may create a task). */
    static By createTaskEntry() {
        return By.xpath("//li[contains(@class,'create-task-action')]//a");
    }

    private static String withoutCounter(WebElement filterLink) {
        return filterLink.getText().replaceAll("\\s*\\(?\\d+\\)?\\s*$", "").trim();
    }

    /** Tasklist refreshes its lists asynchronously; a short settle time after a click. */
    private void pause() {
        try {
            Thread.sleep(700);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
