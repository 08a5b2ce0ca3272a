#!/usr/bin/env python3
"""Open ClaimGraph's evidence report in headless Chromium and check it as a reader would.

For the report (--report) it checks, through Selenium and Debian's chromium-driver:

- the page loads with nothing on the console at error level (a blocked script, a
  Content Security Policy violation, a script error all land there);
- the browser requests nothing but the file itself (Chrome's network log, and the page's
  own resource timing);
- every claim of --expect appears: its statement in the page, and for a claim the text
  states, its anchor inside a marked passage;
- the Tab key moves from one marked passage to the next, focusing a passage opens its
  popup with the citations --expect names, Escape hides it, and hovering opens a popup;
- axe-core (the axe-core-python package) finds no serious or critical violation;
- a screenshot with the popup open is written to --screenshot;
- for a library's index page (an --expect without "popup" but with "links"): the page
  links each of "links", and each leads to an existing page, and for a link to a passage
  (`page.html#claim-…`) to an element inside a marked passage there.

For the hostile page (--hostile) it checks that no script but the page's own runs and no
element the labels spell out (script, img, iframe) exists: the labels stayed text.

Prints one line per check, then a JSON summary line; exit status 0 when every check
passes, 1 when one fails, 3 when no browser can be started (selenium, axe-core-python,
chromium or chromedriver missing).

Usage: .ci/report_browser.py --report FILE --expect FILE.json [--hostile FILE]
                             [--screenshot FILE.png]
"""
import argparse
import json
import os
import shutil
import sys
import tempfile
import time

UNAVAILABLE = 3
failures = []


def check(condition, message):
    print(("ok    " if condition else "FAIL  ") + message)
    if not condition:
        failures.append(message)
    return condition


def find_program(names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return None


def start_browser():
    # Chromium keeps its profile under HOME; an unattended run may have none.
    if not os.environ.get("HOME"):
        os.environ["HOME"] = tempfile.gettempdir()
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        import axe_core_python  # noqa: F401  (needed later; fail early when missing)
    except ImportError as error:
        print(f"unavailable: {error} (pip install selenium axe-core-python)")
        sys.exit(UNAVAILABLE)
    chromium = find_program(["chromium", "chromium-browser", "google-chrome"])
    driver = find_program(["chromedriver"])
    if not chromium or not driver:
        print("unavailable: needs chromium and chromedriver on the PATH "
              "(apt-get install chromium chromium-driver)")
        sys.exit(UNAVAILABLE)
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", "--window-size=1200,900",
                     "--hide-scrollbars", "--force-device-scale-factor=1",
                     "--no-first-run", "--disable-extensions",
                     "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--disable-default-apps"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    try:
        # An explicit driver path: Selenium Manager must not try to download one.
        return webdriver.Chrome(service=Service(driver), options=options)
    except Exception as error:  # noqa: BLE001  (any start-up failure means no browser)
        print(f"unavailable: chromium did not start: {error}")
        sys.exit(UNAVAILABLE)


def load(browser, path):
    url = "file://" + os.path.abspath(path)
    browser.get_log("browser")
    browser.get_log("performance")
    browser.get(url)
    for _ in range(100):
        if browser.execute_script("return document.readyState") == "complete":
            break
        time.sleep(0.05)
    return url


def console_errors(browser):
    return [entry["message"] for entry in browser.get_log("browser")
            if entry["level"] == "SEVERE"]


def requests(browser):
    urls = []
    for entry in browser.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def normalized(text):
    return " ".join(text.split())


def check_report(browser, path, expect, screenshot):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    url = load(browser, path)
    facts = {"bytes": os.path.getsize(path)}
    errors = console_errors(browser)
    check(not errors, f"the page loads with no console error {errors[:3]}")
    sent = requests(browser)
    check(sent == [url], f"the only request is the file itself (requests: {sent[:5]})")
    resources = browser.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    check(resources == [], f"the page fetches no resource {resources[:5]}")

    text = normalized(browser.execute_script("return document.body.textContent"))
    claims = expect["claims"]
    missing = [claim["id"] for claim in claims if normalized(claim["statement"]) not in text]
    check(not missing, f"all {len(claims)} claims' statements appear (missing: {missing[:5]})")
    anchored = [claim for claim in claims if claim.get("anchor")]
    unmarked = browser.execute_script(
        "return arguments[0].filter(id => {"
        " const anchor = document.getElementById(id);"
        " return !anchor || !anchor.closest('mark.p'); })",
        [claim["anchor"] for claim in anchored])
    check(not unmarked,
          f"all {len(anchored)} claims the text states have a marked passage "
          f"(missing: {unmarked[:5]})")
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.p[tabindex]")
    facts["passages"] = len(marks)

    if "popup" not in expect:
        check_links(browser, path, expect.get("links", []))
        run_axe(browser, facts)
        return facts
    popup = expect["popup"]
    target = browser.execute_script(
        "return document.getElementById(arguments[0]).closest('mark.p')", popup["anchor"])
    index = marks.index(target)
    pop = target.find_element(By.CSS_SELECTOR, ".pop")
    check(not pop.is_displayed(), "a passage's popup is hidden until asked for")
    # Focus whatever comes just before the passage in the tab order (a passage or a
    # link), then press Tab: the keyboard alone must reach the passage.
    before = browser.execute_script(
        "const all = Array.from(document.querySelectorAll("
        " 'a[href], input, mark.p[tabindex], [tabindex=\"0\"]'));"
        "return all[all.indexOf(arguments[0]) - 1] || null;", target)
    if before is not None:
        browser.execute_script("arguments[0].focus()", before)
        ActionChains(browser).send_keys(Keys.TAB).perform()
    focused = browser.switch_to.active_element
    check(focused == target, "the Tab key reaches the passage")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", target)
    check(pop.is_displayed(), "focusing the passage opens its popup")
    shown = normalized(pop.text)
    absent = [item for item in popup["contains"] if item not in shown]
    check(not absent, f"the popup shows the citations ({shown[:160]}…; missing {absent})")
    described = target.get_attribute("aria-describedby")
    check(described == pop.get_attribute("id"), "the popup describes its passage for screen readers")
    if screenshot:
        browser.save_screenshot(screenshot)
        facts["screenshot"] = screenshot
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    check(not pop.is_displayed(), "Escape hides the popup")
    other = marks[0] if index != 0 else marks[-1]
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", other)
    ActionChains(browser).move_to_element(other).perform()
    check(other.find_element(By.CSS_SELECTOR, ".pop").is_displayed(),
          "hovering over a passage opens its popup")

    run_axe(browser, facts)
    return facts


def run_axe(browser, facts):
    from axe_core_python.selenium import Axe
    # A long page with many passages takes axe a while: allow it minutes, not seconds.
    browser.set_script_timeout(600)
    started = time.monotonic()
    results = Axe().run(browser)
    facts["axe_seconds"] = round(time.monotonic() - started, 1)
    violations = results.get("violations", [])
    serious = [v for v in violations if v.get("impact") in ("serious", "critical")]
    for violation in violations:
        print(f"      axe {violation.get('impact')}: {violation['id']} "
              f"({len(violation['nodes'])} elements) {violation['help']}")
    check(not serious, f"axe-core finds no serious violation ({len(violations)} in all)")
    facts["axe"] = {"version": results.get("testEngine", {}).get("version"),
                    "violations": {v["id"]: v.get("impact") for v in violations},
                    "passes": len(results.get("passes", []))}
    errors = console_errors(browser)
    check(not errors, f"no console error after using the page {errors[:3]}")


def check_links(browser, path, links):
    present = browser.execute_script(
        "return Array.from(document.querySelectorAll('a[href]')).map(a => a.getAttribute('href'))")
    absent = [link for link in links if link not in present]
    check(not absent, f"the page links all {len(links)} expected places (missing: {absent[:5]})")
    folder = os.path.dirname(os.path.abspath(path))
    broken = []
    for link in links:
        page, _, fragment = link.partition("#")
        target = os.path.join(folder, page)
        if not os.path.isfile(target):
            broken.append(link)
            continue
        load(browser, target)
        if fragment and not browser.execute_script(
                "const e = document.getElementById(arguments[0]);"
                "return !!e && !!e.closest('mark.p');", fragment):
            broken.append(link)
    check(not broken, f"every link leads to its page and passage (broken: {broken[:5]})")
    load(browser, path)


def check_hostile(browser, path):
    load(browser, path)
    errors = console_errors(browser)
    check(not errors, f"the hostile page loads with no console error {errors[:3]}")
    ran = browser.execute_script("return window.__claimgraphPwned === undefined")
    check(ran, "no script from a label ran")
    scripts = browser.execute_script("return document.scripts.length")
    check(scripts == 1, f"the page has its one script and no other ({scripts})")
    spelled = browser.execute_script(
        "return document.querySelectorAll('img, iframe, object, embed').length")
    check(spelled == 0, f"no element a label spells out exists ({spelled})")
    text = browser.execute_script("return document.body.textContent")
    check("</script>" in text and "<img" in text, "the labels' markup shows as text")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--report", required=True)
    parser.add_argument("--expect", required=True)
    parser.add_argument("--hostile")
    parser.add_argument("--screenshot")
    arguments = parser.parse_args()
    with open(arguments.expect, encoding="utf-8") as file:
        expect = json.load(file)
    browser = start_browser()
    try:
        facts = check_report(browser, arguments.report, expect, arguments.screenshot)
        if arguments.hostile:
            check_hostile(browser, arguments.hostile)
    finally:
        browser.quit()
    print(json.dumps({"facts": facts, "failures": len(failures)}))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
