#!/usr/bin/env python3
"""Real-browser test of `reckon serve`: every page in headless Chromium.

For each page: it loads with the site navigation and a chart; there is no horizontal page overflow at 390 px and at
1400 px (wide tables scroll inside their own box); submitting the form with a changed field updates the result in
place (no reload) and the address bar; every number the page ties to the CLI's JSON (`data-key`/`data-value` rows)
equals what the page's own "Command line" prints with `--format json`; the compare page shows its scenarios side by
side with the differing input highlighted. Screenshots go to SCREENSHOT_DIR (390 and 1400 px for each page).

Usage: browser_test.py BASE_URL RECKON_BINARY SCREENSHOT_DIR
Exits non-zero on any failure. Uses selenium with the chromium-driver from Debian.
"""
import json
import math
import os
import shlex
import subprocess
import sys
import tempfile

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait

base, reckon, shots = sys.argv[1], sys.argv[2], sys.argv[3]
os.makedirs(shots, exist_ok=True)
failures = []
checked_numbers = 0


def fail(page, message):
    failures.append(f"{page}: {message}")


def significant(x, digits=3):
    """The same rounding as Reckon's NumberFormat.significant: digits significant figures, no trailing zeros."""
    if x == 0:
        return "0"
    decimals = max(0, digits - 1 - int(math.floor(math.log10(abs(x)))))
    text = f"{round(x, decimals):.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def at(document, path):
    """The value at a dotted path (`rows.3.wall_clock_days`, `usd_per_million_tokens.output`) of a JSON document."""
    value = document
    for part in path.split("."):
        if isinstance(value, list):
            value = value[int(part)]
        elif isinstance(value, dict) and part in value:
            value = value[part]
        else:
            return KeyError(path)
    return value


def same(a, b):
    return a == b or (isinstance(a, (int, float)) and isinstance(b, (int, float))
                      and abs(a - b) <= 1e-9 * max(abs(a), abs(b)))


def cli_json(args):
    return json.loads(subprocess.check_output([reckon] + args + ["--format", "json"], timeout=120))


def set_width(driver, width):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})


def overflow(driver, page, name):
    """No horizontal page overflow at 390 and 1400 px; a screenshot of the whole page at each width."""
    for width in (390, 1400):
        set_width(driver, width)
        scroll, client = driver.execute_script(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        if scroll > client:
            wide = driver.execute_script("""const w = document.documentElement.clientWidth, out = [];
              for (const e of document.querySelectorAll('body *')) {
                const r = e.getBoundingClientRect();
                if (r.right > w + 1 && !e.closest('.scroll')) out.push(e.tagName + '#' + e.id + '.' + e.className);
              } return out.slice(0, 5);""")
            fail(page, f"horizontal overflow at {width} px: page {scroll} px wide in {client} px ({wide})")
        height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": min(height, 12000), "deviceScaleFactor": 1,
                                "mobile": width < 600})
        driver.save_screenshot(os.path.join(shots, f"{name}-{width}.png"))
    set_width(driver, 1400)


def structure(driver, page):
    if not driver.find_elements(By.CSS_SELECTOR, "#site-nav a[href='/train']"):
        fail(page, "no site navigation")
    if not driver.find_elements(By.CSS_SELECTOR, "svg"):
        fail(page, "no chart")
    if driver.find_elements(By.ID, "error"):
        fail(page, "error: " + driver.find_element(By.ID, "error").text[:200])
    if driver.find_elements(By.TAG_NAME, "pre"):
        fail(page, "a preformatted text block")


def submit(driver, page, change):
    """Changes one field, submits, and checks the result was updated in place and the URL carries the value."""
    kind, element_id, value = change
    field = driver.find_element(By.ID, element_id)
    name = field.get_attribute("name")
    if not field.is_displayed():
        driver.find_element(By.CSS_SELECTOR, "details.more > summary").click()
    if kind == "select":
        Select(field).select_by_value(value)
    else:
        field.clear()
        field.send_keys(value)
    before = driver.find_element(By.ID, "headline").text
    driver.execute_script("window.reckonMarker = 42")   # survives only if the page is updated in place
    driver.find_element(By.ID, "submit").click()
    WebDriverWait(driver, 60).until(ec.url_contains(f"{name}="))
    WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.ID, "headline") or d.find_elements(By.ID, "error"))
    if driver.execute_script("return window.reckonMarker") != 42:
        fail(page, "the form reloaded the page instead of updating the result in place")
    if driver.find_elements(By.ID, "error"):
        fail(page, "after submitting: " + driver.find_element(By.ID, "error").text[:200])
        return
    if driver.find_element(By.ID, "headline").text == before:
        fail(page, f"the headline did not change after setting {name} = {value}")


def numbers(driver, page, document, path=at):
    """Every row tied to a JSON number shows that number."""
    global checked_numbers
    rows = driver.find_elements(By.CSS_SELECTOR, "tr[data-key]")
    if not rows:
        fail(page, "no row is tied to the CLI's JSON")
    for row in rows:
        key, shown = row.get_attribute("data-key"), float(row.get_attribute("data-value"))
        expected = path(document, key)
        if isinstance(expected, KeyError) or not same(shown, expected):
            fail(page, f"{key}: page {shown!r}, CLI {expected!r}")
        checked_numbers += 1


def command_of(driver):
    return shlex.split(driver.find_element(By.ID, "command").text)[1:]


# The pages, the change each form gets, and how to get the same numbers from the CLI.
ANALYSES = [
    ("/train", ("input", "field-gpus", "2048")),
    ("/scale", ("input", "field-gpus", "1k,8k,64k")),
    ("/plan", ("input", "field-gpus", "1536")),
    ("/choose", ("input", "field-gpus", "1024..4096")),
    ("/validate", None),
    ("/project", ("select", "field-preset", "paper-stated")),
    ("/roadmap", ("input", "field-params", "1T")),
    ("/infer", ("select", "field-gpu", "a100-80gb")),
    ("/deploy", ("input", "field-output_tokens_per_day", "5B")),
    ("/sensitivity", ("input", "field-mfu", "0.25..0.45")),
]

options = Options()
for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000"):
    options.add_argument(flag)
for binary in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
    if os.path.exists(binary):
        options.binary_location = binary
        break
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
pages = 0
try:
    set_width(driver, 1400)

    # The report: navigation and a card for every page.
    driver.get(base + "/")
    structure(driver, "/")
    for href in [a for a, _ in ANALYSES] + ["/compare", "/catalog"]:
        if not driver.find_elements(By.CSS_SELECTOR, f"#explore a[href='{href}']"):
            fail("/", f"no card links to {href}")
    overflow(driver, "/", "report")
    pages += 1

    for path, change in ANALYSES:
        driver.get(base + path)
        structure(driver, path)
        if change:
            submit(driver, path, change)
        if not driver.find_elements(By.ID, "error"):
            if path == "/validate":
                numbers(driver, path, cli_json(["validate"]))
            else:
                args = command_of(driver)
                numbers(driver, path, cli_json(args),
                        path=lambda d, k: at(d, k) if path != "/sensitivity" else at(d, k))
            if change and change[2] not in driver.find_element(By.ID, "permalink").get_attribute("href") \
                    .replace("%2C", ",").replace("%2E", "."):
                fail(path, "the permalink does not carry the changed field")
        overflow(driver, path, path.strip("/"))
        pages += 1

    # Train: the displayed text is the CLI's number rounded as the page rounds it.
    driver.get(base + "/train?gpus=2048&gpu=h100")
    cli = cli_json(["train", "--gpus", "2048", "--gpu", "h100-sxm"])
    shown = driver.find_element(By.CSS_SELECTOR, "tr[data-key='wall_clock_days'] td.num").text
    if shown != significant(cli["wall_clock_days"]) + " days":
        fail("/train", f"wall-clock shown {shown!r}, CLI {significant(cli['wall_clock_days'])} days")
    if Select(driver.find_element(By.ID, "field-gpu")).first_selected_option.get_attribute("value") != "h100-sxm":
        fail("/train", "the alias h100 does not show as h100-sxm in the form")

    # Compare: two scenarios side by side, the differing input highlighted, numbers as `reckon compare`.
    driver.get(base + "/compare")
    structure(driver, "/compare")
    a, b = driver.find_elements(By.ID, "scenario-a"), driver.find_elements(By.ID, "scenario-b")
    if not a or not b:
        fail("/compare", "the page does not show two scenarios")
    elif a[0].location["y"] != b[0].location["y"]:
        fail("/compare", "scenarios A and B are not side by side at 1400 px")
    field = driver.find_element(By.ID, "field-b-gpus")
    field.clear()
    field.send_keys("2048")
    driver.execute_script("window.reckonMarker = 42")
    driver.find_element(By.ID, "submit").click()
    WebDriverWait(driver, 60).until(ec.url_contains("b.gpus=2048"))
    WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.ID, "outputs-table"))
    if driver.execute_script("return window.reckonMarker") != 42:
        fail("/compare", "the form reloaded the page instead of updating it in place")
    differing = [r.text.split()[0] for r in driver.find_elements(By.CSS_SELECTOR, "#inputs-table tr.differs")]
    if sorted(differing) != ["gpu", "gpus"]:
        fail("/compare", f"highlighted inputs {differing}, expected gpu and gpus")
    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for name, text in (("a.yaml", "command: train\ngpu: h100-sxm\n"),
                           ("b.yaml", "command: train\ngpu: a100-80gb\ngpus: 2048\n")):
            files.append(os.path.join(tmp, name))
            open(files[-1], "w").write(text)
        compared = cli_json(["compare"] + files)
    outputs = {o["key"]: o["values"] for o in compared["outputs"]}
    rows = driver.find_elements(By.CSS_SELECTOR, "#outputs-table tr[data-key]")
    for row in rows:
        key = row.get_attribute("data-key")
        page_values = [None if v == "null" else float(v) for v in row.get_attribute("data-values").split()]
        if key not in outputs or not all(same(x, y) if x is not None else y is None
                                         for x, y in zip(page_values, outputs[key])):
            fail("/compare", f"{key}: page {page_values}, CLI {outputs.get(key)}")
        checked_numbers += len(page_values)
    if not rows:
        fail("/compare", "no output row")
    overflow(driver, "/compare", "compare")
    pages += 1

    # Catalog: searchable, each entry with every source; numbers as `reckon catalog`.
    driver.get(base + "/catalog")
    structure(driver, "/catalog")
    everything = cli_json(["catalog", "list"])
    by_id = {e["id"]: e for e in everything["accelerators"] + everything["models"]}
    numbers(driver, "/catalog", by_id, path=lambda d, k: d.get(k.split("/")[0], {}).get(k.split("/", 1)[1],
                                                                                            KeyError(k)))
    box = driver.find_element(By.ID, "field-q")
    box.send_keys("amd")
    visible = [r for r in driver.find_elements(By.CSS_SELECTOR, "#table-accelerators tbody tr") if r.is_displayed()]
    if not visible or any("amd" not in r.get_attribute("data-search") for r in visible):
        fail("/catalog", "typing in the search box does not filter the accelerators")
    driver.find_element(By.ID, "submit").click()
    WebDriverWait(driver, 30).until(ec.url_contains("q=amd"))
    if "AMD" not in driver.find_element(By.ID, "table-accelerators").text:
        fail("/catalog", "searching for amd finds no AMD accelerator")
    overflow(driver, "/catalog", "catalog")
    pages += 1
    for entry in ("h100-sxm", "llama-3.1-70b"):
        path = "/catalog/" + entry
        driver.get(base + path)
        structure(driver, path)
        numbers(driver, path, cli_json(["catalog", "show", entry]))
        if not driver.find_elements(By.CSS_SELECTOR, "#sources li"):
            fail(path, "no sources listed")
        overflow(driver, path, entry)
        pages += 1
finally:
    driver.quit()

if failures:
    for f in failures:
        print("FAIL:", f)
    sys.exit(1)
print(f"browser test: {pages} pages passed (forms, charts, {checked_numbers} numbers equal to the CLI's JSON, "
      f"no overflow at 390 and 1400 px); screenshots in {shots}")
