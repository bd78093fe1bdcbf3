import Foundation
import Testing
import SalesOpsTestSupport

/// The pages in a real browser: Debian's chromium, headless, driven through WebDriver
/// (selenium and chromium-driver; scripts/test.sh installs them). A manager signs in with a
/// token, opens a report's page from the board, signs off a review with the plain HTML form,
/// and sees it in the history; the pages fit a phone's width.
@Suite struct BrowserTests {
    static let script = #"""
        import sys, json
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import Select, WebDriverWait

        base, token = sys.argv[1], sys.argv[2]
        options = webdriver.ChromeOptions()
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"]:
            options.add_argument(argument)
        options.binary_location = "/usr/bin/chromium"
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        # The machine may be busy: wait for each page rather than read the one before it.
        driver.implicitly_wait(20)
        wait = WebDriverWait(driver, 20)
        seen = {}
        try:
            driver.get(base + "/")
            seen["start"] = driver.current_url.replace(base, "")
            driver.find_element(By.ID, "token").send_keys(token)
            driver.find_element(By.CSS_SELECTOR, "form[action='/signin'] button").click()
            wait.until(lambda d: d.current_url == base + "/")
            seen["board"] = driver.find_element(By.TAG_NAME, "h1").text
            seen["people"] = [a.text for a in driver.find_elements(By.CSS_SELECTOR, "main table a")]
            seen["cookie"] = [(c["name"], c["httpOnly"], c.get("sameSite")) for c in driver.get_cookies()]
            driver.find_element(By.LINK_TEXT, "ana.lima").click()
            wait.until(lambda d: "/people/" in d.current_url)
            seen["person"] = driver.find_element(By.TAG_NAME, "h1").text
            form = driver.find_element(By.XPATH, "//form[.//input[@name='kind' and @value='signoff']]")
            Select(form.find_element(By.NAME, "step")).select_by_value("review-30-day")
            day = form.find_element(By.NAME, "on")
            driver.execute_script("arguments[0].value = '2026-03-19'", day)
            form.find_element(By.TAG_NAME, "button").click()
            seen["message"] = driver.find_element(By.CSS_SELECTOR, ".message").text
            seen["history"] = [row.text for row in driver.find_elements(By.XPATH, "//h2[.='History']/following-sibling::table[1]//tbody/tr")]
            driver.set_window_size(390, 844)
            driver.get(base + "/")
            seen["phoneOverflow"] = driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth")
        finally:
            driver.quit()
        print(json.dumps(seen))
        """#

    @Test func aManagerSignsInAndSignsOffInARealBrowser() async throws {
        for path in ["/usr/bin/chromium", "/usr/bin/chromedriver"] where !FileManager.default.fileExists(atPath: path) {
            Issue.record("\(path) is missing: scripts/test.sh installs chromium and chromium-driver")
            return
        }
        try await LiveServer.with { server in
            let folder = try OnboardingFixtures.folder()
            try Self.script.write(toFile: folder + "/browse.py", atomically: true, encoding: .utf8)
            let base = "http://127.0.0.1:\(server.client.port)"
            let result = try await Task.detached {
                try TestProcess.run("/usr/bin/env", ["python3", folder + "/browse.py", base, server.token("maya")],
                                    in: URL(fileURLWithPath: folder), environment: ProcessInfo.processInfo.environment)
            }.value
            #expect(result.status == 0, "\(result.stderr)")
            let seen = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result.stdout)")
            #expect(seen["start"] as? String == "/signin")
            #expect(seen["board"] as? String == "Onboarding board")
            #expect(seen["people"] as? [String] == ["ana.lima", "ben.okafor"])
            #expect((seen["cookie"] as? [[Any]])?.map { "\($0[0]) \($0[1]) \($0[2])" } == ["salesops_session 1 Strict"])
            #expect(seen["person"] as? String == "ana.lima · sdr-30-60-90")
            #expect(seen["message"] as? String == "Recorded: attempted review-30-day on 2026-03-19 (passed)")
            #expect((seen["history"] as? [String])?.first?.hasSuffix("maya.chen") == true, "\(seen["history"] ?? "")")
            #expect(seen["phoneOverflow"] as? Bool == false)
        }
    }
}
