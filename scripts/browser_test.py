#!/usr/bin/env python3
"""Real-browser test of `reckon serve`: open the train page in headless Chromium, change the GPU count,
submit, and check that the result table and the chart appear and that the numbers equal the CLI's.

Usage: browser_test.py BASE_URL RECKON_BINARY SCREENSHOT_PATH
Exits non-zero on any failure. Uses selenium with the chromium-driver from Debian.
"""
import json
import math
import subprocess
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

base, reckon, screenshot = sys.argv[1], sys.argv[2], sys.argv[3]
GPUS = "2048"


def significant(x, digits=3):
    """The same rounding as Reckon's NumberFormat.significant: digits significant figures, no trailing zeros."""
    if x == 0:
        return "0"
    decimals = max(0, digits - 1 - int(math.floor(math.log10(abs(x)))))
    text = f"{round(x, decimals):.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


options = Options()
for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1000,1800"):
    options.add_argument(flag)
for path in ("/usr/bin/chromium", "/usr/bin/chromium-browser"):
    try:
        open(path).close()
        options.binary_location = path
        break
    except OSError:
        pass
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
failures = []
try:
    driver.get(base + "/train")
    field = driver.find_element(By.ID, "field-gpus")
    field.clear()
    field.send_keys(GPUS)
    driver.execute_script("window.reckonMarker = 42")   # survives only if the result is updated in place
    driver.find_element(By.ID, "submit").click()
    WebDriverWait(driver, 10).until(ec.url_contains("gpus=" + GPUS))
    WebDriverWait(driver, 10).until(ec.presence_of_element_located((By.ID, "result")))
    if driver.execute_script("return window.reckonMarker") != 42:
        failures.append("the page reloaded instead of updating the result in place (progressive enhancement)")

    chart = driver.find_elements(By.CSS_SELECTOR, "#chart svg polyline")
    if not chart:
        failures.append("no chart (#chart svg polyline) on the result page")
    cells = {}
    for row in driver.find_elements(By.CSS_SELECTOR, "#result table tr"):
        tds = row.find_elements(By.TAG_NAME, "td")
        if len(tds) == 2:
            cells[tds[0].text.strip()] = tds[1].text.strip()
    for needed in ("wall-clock time", "accelerator-hours", "training compute", "cost, rental"):
        if needed not in cells:
            failures.append(f"result table lacks '{needed}'")

    # The same inputs through the CLI (the form's defaults: gpt-3 on h100-sxm, BF16, MFU left to the plan model).
    cli = json.loads(subprocess.check_output([reckon, "train", "--model", "gpt-3", "--gpu", "h100-sxm", "--gpus", GPUS,
                                              "--precision", "bf16", "--format", "json"]))
    expected_days = significant(cli["wall_clock_days"]) + " days"
    if cells.get("wall-clock time") != expected_days:
        failures.append(f"wall-clock time: page {cells.get('wall-clock time')!r} vs CLI {expected_days!r}")
    expected_hours = f"{round(cli['accelerator_hours']):,} h"
    if cells.get("accelerator-hours") != expected_hours:
        failures.append(f"accelerator-hours: page {cells.get('accelerator-hours')!r} vs CLI {expected_hours!r}")
    if not cells.get("hardware", "").startswith("2,048 ×"):
        failures.append(f"hardware row does not show 2,048 accelerators: {cells.get('hardware')!r}")
    permalink = driver.find_element(By.ID, "permalink").get_attribute("href")
    if "gpus=" + GPUS not in permalink:
        failures.append(f"permalink does not encode the GPU count: {permalink}")
    driver.save_screenshot(screenshot)
    print(f"browser test: page wall-clock {cells.get('wall-clock time')}, accelerator-hours {cells.get('accelerator-hours')}; "
          f"CLI {expected_days}, {expected_hours}; screenshot {screenshot}")
finally:
    driver.quit()

if failures:
    for f in failures:
        print("FAIL:", f)
    sys.exit(1)
print("browser test: 1 passed, 0 failed")
