package id.sipetruk.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Camunda Cockpit as an administrator uses it: processes, their running instances, an instance's incidents. */
final class Cockpit {

    private final Browser browser;

    Cockpit(Browser browser) {
        this.browser = browser;
    }

    /** Processes list, then the process by its name: the page with its running instances. */
    Cockpit openProcess(String processName) {
        browser.open("/camunda/app/cockpit/default/#/processes");
        browser.click(By.xpath("//a[normalize-space(.)=" + CamundaForm.literal(processName) + "]"));
        browser.visible(By.xpath("//*[contains(@class,'instance-id') or contains(@class,'process-instance-id')]"
                + " | //td//a[contains(@href,'process-instance')]"));
        return this;
    }

    /** The ids of the BPMN elements the page's diagram draws (bpmn-js marks each shape with data-element-id). */
    List<String> diagramElements() {
        browser.waiting().until(d -> !browser.all(By.cssSelector(".djs-element[data-element-id]")).isEmpty());
        return browser.all(By.cssSelector(".djs-element[data-element-id]")).stream()
                .map(e -> e.getDomAttribute("data-element-id")).toList();
    }

    /** The rows (id, start time, business key) of the process page's table of running instances. */
    List<String> instanceRows() {
        browser.waiting().until(d -> !browser.all(By.xpath("//td//a[contains(@href,'process-instance')]")).isEmpty());
        return browser.all(By.xpath("//tr[.//a[contains(@href,'process-instance')]]")).stream()
                .map(WebElement::getText).toList();
    }

    /** Opens the running instance whose row shows the business key. */
    Cockpit openInstance(String businessKey) {
        WebElement row = browser.visible(By.xpath("//tr[.//a[contains(@href,'process-instance')]][.//*[normalize-space(.)="
                + CamundaForm.literal(businessKey) + "]]"));
        row.findElement(By.xpath(".//a[contains(@href,'process-instance')]")).click();
        browser.visible(By.xpath("//*[normalize-space(.)='Insiden']"));
        return this;
    }

    /** The instance's Insiden (incidents) tab, as text (message, activity, type). */
    String incidents() {
        browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space(.)='Insiden']"));
        WebElement table = browser.visible(By.xpath("//table[.//th[contains(normalize-space(.),'Pesan')]]"));
        browser.waiting().until(d -> table.findElements(By.cssSelector("tbody tr")).size() > 0);
        return table.getText();
    }

    /** Clicks the first incident's message (Cockpit cuts it off in the table): the stack trace it opens, in full. */
    String firstIncidentInFull() {
        incidents();
        browser.click(By.xpath("//table[.//th[contains(normalize-space(.),'Pesan')]]//tbody//tr[1]//td[contains(@class,"
                + "'message')]//a"));
        WebElement stacktrace = browser.visible(By.cssSelector(".modal-body textarea"));
        browser.waiting().until(d -> !stacktrace.getDomProperty("value").isBlank());
        return stacktrace.getDomProperty("value");
    }

    void closeModal() {
        browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Tutup']"));
        browser.waiting().until(d -> browser.all(By.cssSelector(".modal-dialog")).isEmpty());
    }

    /**
     * The retry button of the instance's first incident, then "Ulangi" in Cockpit's dialog ("Tambah Jumlah
     * Ulangi"); returns what the dialog answers and leaves it open for a screenshot ({@link #closeDialog()}).
     */
    String retryFirstIncident() {
        incidents();
        browser.click(By.xpath("//table[.//th[contains(normalize-space(.),'Pesan')]]//tbody//tr[1]"
                + "//a[@uib-tooltip='Tambah Jumlah Ulangi Pekerjaan Gagal']"));
        browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='Ulangi']"));
        WebElement ok = browser.visible(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='OK']"));
        browser.waiting().until(d -> ok.isDisplayed());
        return browser.text(By.cssSelector(".modal-body"));
    }

    void closeDialog() {
        browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space(.)='OK']"));
        browser.waiting().until(d -> browser.all(By.cssSelector(".modal-dialog")).isEmpty());
    }
}
