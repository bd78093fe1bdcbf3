#!/usr/bin/env python3
"""Screenshots of the pages of a running `salesops serve`, at desktop and phone widths.

    scripts/screenshots.py http://127.0.0.1:8080 TOKEN [OUT_FOLDER] [PERSON]

Signs in with TOKEN in headless chromium (Debian's chromium and chromium-driver, and selenium
from PyPI; scripts/test.sh installs them), then saves sign-in, board, person and evaluation
pages as OUT_FOLDER/NAME-desktop.png and NAME-phone.png (default folder: screenshots).
"""
import os
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

base, token = sys.argv[1].rstrip("/"), sys.argv[2]
out = sys.argv[3] if len(sys.argv) > 3 else "screenshots"
person = sys.argv[4] if len(sys.argv) > 4 else None
os.makedirs(out, exist_ok=True)

options = webdriver.ChromeOptions()
for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"]:
    options.add_argument(argument)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.implicitly_wait(20)


def shoot(name, path):
    for width, height, label in [(1280, 900, "desktop"), (390, 844, "phone")]:
        driver.set_window_size(width, height)
        driver.get(base + path)
        full = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, min(max(full + 120, height), 4000))
        driver.save_screenshot(f"{out}/{name}-{label}.png")
        print(f"{out}/{name}-{label}.png")


try:
    shoot("signin", "/signin")
    driver.get(base + "/signin")
    driver.find_element(By.ID, "token").send_keys(token)
    driver.find_element(By.CSS_SELECTOR, "form[action='/signin'] button").click()
    WebDriverWait(driver, 20).until(lambda d: d.current_url == base + "/")
    shoot("board", "/")
    if person is None:
        links = driver.find_elements(By.CSS_SELECTOR, "main table a")
        person = links[0].get_attribute("href").split("/people/")[1] if links else None
    if person:
        shoot("person", "/people/" + person)
    shoot("evaluate", "/evaluate")
    shoot("evaluation-report", "/evaluate/report")
finally:
    driver.quit()
