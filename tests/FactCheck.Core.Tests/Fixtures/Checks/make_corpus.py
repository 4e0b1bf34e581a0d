#!/usr/bin/env python3
"""Writes corpus.jsonl: short labelled articles for the consistency checks.

Each article is assembled from sentence templates written for this corpus (several phrasings per
relation), with numbers drawn from a seeded generator so the file is reproducible:
    python3 make_corpus.py > corpus.jsonl
About 40 % of the articles are clean but full of traps (dates, ages, phone numbers, model names,
correct conversions and arithmetic, hedged figures within tolerance, the same measure for other
countries or periods); the rest carry one to three labelled flags.
"""
import json
import random

rng = random.Random(20261126)

COUNTRIES = ["Norway", "Kenya", "Chile", "Vietnam", "Poland", "Egypt", "Peru", "Ghana", "Portugal", "Morocco",
             "Colombia", "Finland", "Malaysia", "Romania", "Tunisia", "Uruguay", "Ireland", "Greece", "Jordan",
             "Senegal", "Bolivia", "Austria", "Hungary", "Nepal", "Ecuador"]
COMPANIES = ["Harbor Steel Works", "Northwind Rail", "Blue Ridge Dairy", "Copperline Mining", "Sunfield Energy",
             "Westgate Logistics", "Kestrel Aerospace", "Mariner Foods", "Granite Bay Cement", "Silverleaf Textiles",
             "Redwood Paper Mills", "Oakmont Chemicals", "Lakeshore Brewing", "Ironvale Motors", "Brightwater Utilities"]
YEARS = [2019, 2020, 2021, 2022, 2023, 2024]
MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November"]

# measure noun phrases per unit family: (unit words, singular/plural handled by the template)
MASS = ["salmon", "coffee beans", "copper ore", "wheat", "scrap steel", "cocoa", "olive oil", "rice", "timber", "cement"]
LENGTH = ["railway track", "fiber-optic cable", "new road", "power lines", "gas pipeline", "cycle lanes", "sea wall", "tram line"]
VOLUME = ["crude oil", "diesel", "drinking water", "wine", "milk", "jet fuel"]
AREA = ["farmland", "forest", "vineyards", "wetland", "parkland"]
ENERGY = ["electricity", "solar power", "wind power", "heat"]
COUNTS = [("workers", "worker"), ("visitors", "visitor"), ("tourists", "tourist"), ("students", "student"),
          ("passengers", "passenger"), ("patients", "patient"), ("households", "household"), ("firms", "firm"),
          ("vehicles", "vehicle"), ("flights", "flight")]
MONEY_MEASURES = ["exports", "revenue", "the budget", "investment", "sales", "spending", "tax receipts", "aid"]
CURRENCIES = [("$", "", "USD"), ("€", "", "EUR"), ("£", "", "GBP"), ("", " euros", "EUR"), ("", " rupees", "INR"),
              ("¥", "", "JPY"), ("", " Swiss francs", "CHF")]


def fmt(v, decimals=0):
    return f"{v:,.{decimals}f}"


def pick(xs):
    return rng.choice(xs)


# Measures already used in the article being written: each passage gets its own, so two passages never
# state "the same quantity" by accident.
USED = set()


def measure(pool):
    free = [m for m in pool if m not in USED] or pool
    m = rng.choice(free)
    USED.add(m)
    return m


def country_pair():
    a, b = rng.sample(COUNTRIES, 2)
    return a, b


def money(value_m, style=None):
    """value in millions -> surface text like $54 million, €1.2bn, 45m euros."""
    sym, suffix, _ = pick(CURRENCIES[:3]) if style is None else style
    if value_m >= 1000:
        v = value_m / 1000
        num = fmt(v, 1) if v != int(v) else fmt(v)
        scale = pick([" billion", "bn"]) if sym else " billion"
    else:
        num = fmt(value_m, 0) if value_m == int(value_m) else fmt(value_m, 1)
        scale = pick([" million", "m"]) if sym else pick([" million", "m"])
    if sym:
        return f"{sym}{num}{scale}"
    return f"{num}{scale}{suffix}" if scale == "m" else f"{num}{scale}{suffix}"


# ----------------------------------------------------------------------------- clean sentences (traps)

def filler_pool():
    c1, c2 = country_pair()
    y = pick(YEARS)
    co = pick(COMPANIES)
    age = rng.randint(31, 74)
    pool = [
        f"The agency was founded in {rng.randint(1950, 1999)} and its head, {age}, has led it since {y - rng.randint(1, 6)}.",
        f"Readers can call the helpline on 0800 555 {rng.randint(1000, 9999)} or write to the press office.",
        f"The airline flies the Airbus A320 and the Boeing 737 on most routes.",
        f"The report was published on {rng.randint(2, 27)} {pick(MONTHS)} {y}.",
        f"{co} said it would publish more detail in its annual report.",
        f"Analysts at the central bank expect the trend to continue into {y + 1}.",
        f"The minister, {age}, is due to visit the region later this month.",
        f"The figures were first reported by the Daily Ledger on {pick(MONTHS)} {rng.randint(2, 27)}.",
        f"The company's Model S{rng.randint(2, 9)} platform remains in production at the plant.",
        f"The committee meets again in {pick(MONTHS)} {y + 1}, its chair said.",
    ]
    return pool


KINDS = set()


def clean_block():
    """One clean passage with traps; returns list of sentences."""
    kind = rng.choice([k for k in range(26) if k not in KINDS and not (k == 20 and "ferry" in USED)])
    KINDS.add(kind)
    c1, c2 = country_pair()
    y = pick(YEARS)
    if kind == 0:
        # correct rounded conversion
        miles = rng.choice([72, 45, 130, 210, 18, 95])
        km = round(miles * 1.609344)
        m = measure(LENGTH)
        return [f"{c1} laid {miles} miles ({km} km) of {m} in {y}, the transport ministry said."]
    if kind == 1:
        # hedged restatement within tolerance
        v = rng.randrange(200, 900, 10)
        near = round(v * rng.uniform(0.95, 1.04))
        m = measure(MASS)
        return [f"{c1} exported about {fmt(v)} tonnes of {m} in {y}, officials said.",
                f"Customs records show {c1} exported {fmt(near)} tonnes of {m} in {y}."]
    if kind == 2:
        # same measure, different countries
        m = measure(MASS)
        return [f"{c1} imported {fmt(rng.randrange(1200, 9000, 100))} tonnes of {m} in {y}.",
                f"{c2} imported {fmt(rng.randrange(10000, 60000, 1000))} tonnes of {m} in {y}."]
    if kind == 3:
        # same measure, different periods
        m = measure(VOLUME)
        a, b = rng.randrange(100, 400, 10), rng.randrange(500, 900, 10)
        return [f"{c1} refined {fmt(a)} million litres of {m} in {y - 1}.",
                f"In {y}, {c1} refined {fmt(b)} million litres of {m}, the energy regulator said."]
    if kind == 4:
        # correct percent change
        old = rng.randrange(200, 800, 10)
        pct = rng.choice([10, 12, 15, 20, 25, 30, 40])
        new = round(old * (1 + pct / 100))
        mm = pick(MONEY_MEASURES[:3])
        sym = pick(["$", "€", "£"])
        return [f"{c1}'s {mm.replace('the ', '')} rose {pct}% to {sym}{new} million in {y} from {sym}{old} million in {y - 1}."]
    if kind == 5:
        # correct doubling / n-fold
        old = rng.randrange(1000, 5000, 100)
        k, word = pick([(2, "doubled"), (3, "tripled"), (10, "rose tenfold")])
        new = int(old * k * rng.uniform(0.97, 1.03) // 10 * 10)
        noun, _ = measure(COUNTS)
        co = pick(COMPANIES)
        return [f"The number of {noun} at {co} {word} from {fmt(old)} in {y - 3} to {fmt(new)} in {y}."]
    if kind == 6:
        # correct total
        parts = [rng.randrange(10, 90) for _ in range(3)]
        a, b, c = rng.sample(COUNTRIES, 3)
        sym = pick(["$", "€", "£"])
        return [f"{a}, {b} and {c} pledged {sym}{parts[0]} million, {sym}{parts[1]} million and {sym}{parts[2]} million, totalling {sym}{sum(parts)} million."]
    if kind == 7:
        # correct share
        total = rng.choice([80, 120, 200, 240, 60])
        frac, name = pick([(0.5, "Half"), (0.25, "A quarter"), (0.75, "Three-quarters")])
        noun, _ = measure(COUNTS)
        return [f"{name} of the {total} {noun} surveyed, or {int(total * frac)}, said conditions had improved."]
    if kind == 8:
        # per capita vs total
        tot = rng.randrange(20, 90)
        pc = rng.randrange(1200, 4000, 100)
        return [f"{c1} spent ${tot} billion on health care in {y}.",
                f"That works out at ${fmt(pc)} per capita in {y}, well above the regional average."]
    if kind == 9:
        # cumulative vs monthly
        monthly = rng.randrange(20, 60)
        cum = monthly * rng.randrange(6, 9) + rng.randrange(5, 20)
        mth = pick(MONTHS[3:9])
        return [f"{c1} approved {monthly} new wind turbines in {mth} {y}.",
                f"So far this year it has approved {cum} new wind turbines in total."]
    if kind == 10:
        # correct percentage points
        a = rng.randrange(30, 60)
        d = rng.randrange(2, 9)
        return [f"Turnout in {c1} rose {d} percentage points to {a + d}% from {a}%."]
    if kind == 11:
        # correct difference
        b = rng.randrange(5, 40) * 1000
        d = rng.randrange(2, 9) * 1000
        co = pick(COMPANIES)
        return [f"{co} sold {fmt(b + d)} cars in {y}, {fmt(d)} more than the {fmt(b)} it sold in {y - 1}."]
    if kind == 12:
        # range and a figure inside it
        lo = rng.randrange(20, 50)
        hi = lo + rng.randrange(10, 30)
        inside = rng.randrange(lo + 1, hi)
        return [f"The new buses have a range of {lo} to {hi} miles, depending on the weather.",
                f"On the test route one bus covered {inside} miles on a single charge."]
    if kind == 13:
        # speeds in one unit, bound respected
        top = rng.randrange(250, 350, 10)
        run = top - rng.randrange(20, 60, 10)
        return [f"The trains are designed for speeds of up to {top} km/h.",
                f"In regular service they run at {run} km/h on the main line."]
    if kind == 14:
        # temperature restated with correct conversion
        c = rng.randrange(35, 46)
        f = round(c * 9 / 5 + 32)
        city = pick(["Seville", "Phoenix", "Delhi", "Athens", "Cairo"])
        return [f"Temperatures in {city} reached {c}C ({f}F) on Tuesday, forecasters said."]
    if kind == 16:
        old = rng.randrange(300, 900, 10)
        pct = rng.choice([10, 20, 25])
        new = round(old * (1 - pct / 100))
        return [f"{c1}'s coffee exports fell {pct}% to ${new} million in {y} from ${old} million in {y - 1}."]
    if kind == 17:
        whole = rng.randrange(8, 30) * 100
        part = whole // 4
        return [f"Of the {fmt(whole)} nurses, {fmt(part)}, or 25%, work night shifts, the health ministry said."]
    if kind == 18:
        parts = [rng.randrange(100, 300, 10), rng.randrange(50, 200, 10), rng.randrange(20, 80, 10)]
        return [f"The bill for the new stadium in {c1} came to ${sum(parts)} million: ${parts[0]} million for steel, ${parts[1]} million for labour and ${parts[2]} million for design."]
    if kind == 19:
        a = rng.randrange(20, 90) / 10
        return [f"{c1}'s inflation rate was {a}% in March {y}.", f"It was {round(a + 1.3, 1)}% in March {y - 1}, the central bank said."]
    if kind == 20:
        lo = rng.randrange(150, 400, 50)
        return [f"The new ferry to the islands of {c1} carries between {lo} and {lo + 100} passengers, the operator says.",
                f"On its first crossing it carried {lo + 40} passengers."]
    if kind == 21:
        return [f"Rents in {c1} rose {rng.randrange(3, 12)}% last year, a property group says, and prices of new homes rose {rng.randrange(2, 9)}%."]
    if kind == 22:
        co = pick(COMPANIES)
        return [f"{co}'s sales rose {rng.randrange(5, 30)}% to ${rng.randrange(200, 900)}m in {y}, while its profit reached ${rng.randrange(20, 90)}m."]
    if kind == 23:
        a = rng.randrange(3, 9)
        return [f"{c1}'s grain exports reached ${a}bn in {y}.",
                f"Officials say grain exports could reach ${a + rng.randrange(2, 5)}bn in {y} if the new port opens on time."]
    if kind == 24:
        co = pick(COMPANIES)
        return [f"{co} has doubled down on its plan to build {rng.randrange(3, 9)} new plants in {c1} by {y + 6}."]
    if kind == 25:
        v = rng.randrange(3, 9)
        return [f"The average household in {c1} spends ${rng.randrange(200, 600)} a month on energy, {v}% of its income.",
                f"Across the country, households spent ${rng.randrange(4, 20)} billion on energy in {y}."]
    # kind 15: hedged figure inside the other's rounding, different units, one conversion each
    v = rng.randrange(40, 90)
    return [f"The reservoir holds roughly {v} million cubic metres of water, engineers said.",
            f"Its dam is {rng.randrange(80, 140)} metres high and {rng.randrange(300, 900, 10)} metres long."]


# ----------------------------------------------------------------------------- flagged blocks

def conflicting():
    c1, _ = country_pair()
    y = pick(YEARS)
    form = rng.randrange(7)
    if form == 5:
        a = rng.randrange(20, 90) / 10
        b = round(a + rng.randrange(8, 25) / 10, 1)
        mth = pick(MONTHS)
        ta, tb = f"{a}%", f"{b}%"
        return [f"{c1}'s inflation rate was {ta} in {mth} {y}, the statistics office said.",
                f"In {mth} {y}, {c1}'s inflation rate rose to {tb}, according to the central bank."], [ta, tb]
    if form == 6:
        city = pick(["Lisbon", "Krakow", "Valparaiso", "Hanoi", "Accra", "Cusco"])
        a = rng.randrange(11, 30) / 10
        b = round(a * rng.uniform(1.3, 1.6), 1)
        ta, tb = f"{a} million visitors", f"{b} million visitors"
        return [f"The city museum in {city} welcomed {ta} in {y}.",
                f"{city}'s museum had {tb} in {y}, its director said in an interview."], [ta, tb]
    if form == 0:
        m = measure(MASS)
        a = rng.randrange(1200, 9000, 100)
        b = int(a * rng.uniform(1.25, 1.7) // 100 * 100)
        ta, tb = f"{fmt(a)} tonnes", f"{fmt(b)} tonnes"
        return [f"{c1} exported {ta} of {m} in {y}, the trade ministry said.",
                f"According to customs data, {c1} exported {tb} of {m} in {y}."], [ta, tb]
    if form == 1:
        mm = pick(["Exports", "Revenue", "Investment"])
        a = rng.randrange(12, 80)
        b = a + rng.randrange(5, 20)
        sym = pick(["$", "€", "£"])
        ta, tb = f"{sym}{a} billion", f"{sym}{b}bn"
        return [f"{c1}'s {mm.lower()} reached {ta} in {y}, a record.",
                f"Later in the report, {c1}'s {mm.lower()} were {tb} in {y}."], [ta, tb]
    if form == 2:
        noun, _ = measure(COUNTS)
        a = rng.randrange(200, 900)
        b = a + rng.randrange(60, 300)
        co = pick(COMPANIES)
        ta, tb = f"{a} {noun}", f"{fmt(b)} {noun}"
        mth = pick(MONTHS)
        return [f"The strike at {co} involved {ta} in {mth} {y}, the union said.",
                f"The union later said {tb} at {co} joined the strike in {mth} {y}."], [ta, tb]
    if form == 3:
        m = measure(LENGTH)
        a = rng.randrange(40, 300)
        b = int(a * rng.uniform(1.3, 1.8))
        ta, tb = f"{a} km", f"{b} km"
        return [f"{c1} built {ta} of {m} in {y}.",
                f"Officials later said {c1} built {tb} of {m} in {y}."], [ta, tb]
    m = measure(ENERGY)
    a = rng.randrange(200, 900, 10)
    b = int(a * rng.uniform(1.3, 1.8) // 10 * 10)
    ta, tb = f"{fmt(a)} GWh", f"{fmt(b)} GWh"
    return [f"{c1} generated {ta} of {m} in {y}, the grid operator said.",
            f"The grid operator later said {c1} generated {tb} of {m} in {y}."], [ta, tb]


def bound():
    c1, _ = country_pair()
    y = pick(YEARS)
    form = rng.randrange(5)
    if form == 4:
        lo = rng.randrange(150, 400, 50)
        hi = lo + 100
        out = hi + rng.randrange(60, 200, 10)
        USED.add("ferry")
        ta, tb = f"{lo} and {hi} passengers", f"{out} passengers"
        return [f"The new ferry to the islands of {c1} carries between {ta}, the operator says.",
                f"On its busiest crossing the ferry carried {tb}, the operator added."], [ta, tb]
    if form == 0:
        top = rng.randrange(12, 40)
        miles = int(top / 1.609344 * rng.uniform(1.3, 1.8)) + 1
        if miles == top:
            miles += rng.randrange(2, 5)
        ta, tb = f"{top} km", f"{miles}-mile"
        return [f"The drones' range is up to {ta}, the manufacturer says.",
                f"A brochure advertises a {tb} range for the drones."], [ta, tb]
    if form == 1:
        noun, _ = measure(COUNTS)
        a = rng.randrange(300, 900, 50)
        b = a - rng.randrange(100, 200, 10)
        ta, tb = f"{a} {noun}", f"{b} {noun}"
        co = pick(COMPANIES)
        return [f"{co} hired more than {ta} in {y}, the company said.",
                f"Its filings say {co} hired fewer than {tb} in {y}."], [ta, tb]
    if form == 2:
        lo = rng.randrange(20, 60)
        hi = lo + rng.randrange(10, 20)
        out = hi + rng.randrange(15, 40)
        m = measure(MASS)
        ta, tb = f"{lo} to {hi} tonnes", f"{out} tonnes"
        return [f"The plant processes {ta} of {m} a day, its owner says.",
                f"Later, the owner says the plant processes {tb} of {m} a day."], [ta, tb]
    top = rng.randrange(120, 400, 10)
    over = top + rng.randrange(40, 90, 10)
    ta, tb = f"{top} hectares", f"{over} hectares"
    m = measure(AREA)
    return [f"The fire in {c1} damaged up to {ta} of {m}, officials said.",
            f"Volunteers say more than {tb} of {m} were damaged by the fire."], [ta, tb]


def unit_confusion():
    c1, _ = country_pair()
    y = pick(YEARS)
    form = rng.randrange(5)
    if form == 0:
        m = measure(LENGTH)
        v = rng.randrange(40, 400)
        ta, tb = f"{v} km", f"{v} miles"
        return [f"{c1} opened {ta} of {m} in {y}.",
                f"The {y} programme delivered {tb} of {m} in {c1}, the minister said."], [ta, tb]
    if form == 1:
        v = rng.randrange(12, 95) / 10
        mm = pick(["Revenue", "Investment", "Spending"])
        sym = pick(["$", "€", "£"])
        ta, tb = f"{sym}{v} million", f"{sym}{v} billion"
        return [f"{c1}'s {mm.lower()} reached {ta} in {y}, the statistics office said.",
                f"In {y}, {c1}'s {mm.lower()} stood at {tb}, it added."], [ta, tb]
    if form == 2:
        v = rng.randrange(200, 900, 10)
        m = measure(MASS)
        co = pick(COMPANIES)
        ta, tb = f"{v} kg", f"{v} pounds"
        return [f"{co} donated {ta} of {m} to food banks in {pick(MONTHS)} {y}.",
                f"A spokesperson said {co} donated {tb} of {m} to food banks."], [ta, tb]
    if form == 3:
        v = rng.randrange(120, 900, 10)
        m = measure(AREA)
        ta, tb = f"{v} hectares", f"{v} acres"
        return [f"Fires destroyed {ta} of {m} in {c1} in {y}.",
                f"Satellite images show {tb} of {m} burned in {c1} in {y}."], [ta, tb]
    v = rng.randrange(12, 80) / 10
    mm = pick(["Exports", "Sales"])
    ta, tb = f"{v} million units", f"{v} billion units"
    return [f"{mm} of {c1} reached {ta} in {y}.",
            f"The industry body says {mm.lower()} of {c1} hit {tb} in {y}."], [ta, tb]


def arithmetic():
    c1, c2 = country_pair()
    y = pick(YEARS)
    form = rng.randrange(13)
    co = pick(COMPANIES)
    if form == 8:
        old = rng.randrange(300, 900, 10)
        pct = rng.choice([10, 15, 20])
        new = int(old * (1 - pct / 100 - rng.uniform(0.1, 0.2)))
        tp, tn, to = f"{pct}%", f"${new} million", f"${old} million"
        return [f"{c1}'s copper exports fell {tp} to {tn} in {y} from {to} in {y - 1}."], [tp, tn, to]
    if form == 9:
        old = rng.randrange(4000, 8000, 500)
        new = int(old * rng.uniform(1.4, 1.6) // 10 * 10)
        tn, to = f"£{fmt(new)}", f"£{fmt(old)}"
        pct = rng.choice([15, 20, 25])
        return [f"Tuition at the college rose to {tn} from {to}, an increase of {pct}%."], [tn, to, f"{pct}%"]
    if form == 10:
        whole = rng.randrange(8, 30) * 100
        part = whole // 4
        noun, _ = measure(COUNTS)
        tw, tp, tr = f"{fmt(whole)} {noun}", fmt(part), f"{rng.choice([35, 40, 45])}%"
        return [f"Of the {tw}, {tp}, or {tr}, live outside the capital."], [tw, tp, tr]
    if form == 11:
        a, b = rng.randrange(20, 60) * 100, rng.randrange(10, 40) * 100
        wrong = a + b + rng.randrange(10, 30) * 100
        ta, tb, tt = f"{fmt(a)} troops", fmt(b), f"{fmt(wrong)} troops"
        return [f"The army deployed {ta} in the north and {tb} in the south, a total of {tt}."], [ta, tb, tt]
    if form == 12:
        parts = [rng.randrange(100, 300, 10), rng.randrange(50, 200, 10), rng.randrange(20, 80, 10)]
        wrong = sum(parts) + rng.randrange(40, 90, 10)
        tt = f"${wrong} million"
        tps = [f"${p} million" for p in parts]
        return [f"The bill for the new bridge in {c1} came to {tt}: {tps[0]} for steel, {tps[1]} for labour and {tps[2]} for design."], [tt] + tps
    if form == 0:
        old = rng.randrange(1000, 5000, 100)
        new = int(old * rng.uniform(1.4, 1.65) // 10 * 10)
        noun, _ = measure(COUNTS)
        to, tn = fmt(old), fmt(new)
        return [f"The number of {noun} at {co} doubled from {to} in {y - 3} to {tn} in {y}."], ["doubled", to, tn]
    if form == 1:
        old = rng.randrange(200, 800, 10)
        pct = rng.choice([10, 15, 20, 25])
        new = int(old * (1 + pct / 100 + rng.uniform(0.15, 0.3)))
        sym = pick(["$", "€", "£"])
        tp, tn, to = f"{pct}%", f"{sym}{new} million", f"{sym}{old} million"
        return [f"{c1}'s revenue rose {tp} to {tn} in {y} from {to} in {y - 1}."], [tp, tn, to]
    if form == 2:
        a = rng.randrange(30, 60)
        d = rng.randrange(2, 6)
        real = d + rng.randrange(3, 6)
        tp = f"{d} percentage points"
        return [f"Support for the plan in {c1} rose {tp} to {a + real}% from {a}%."], [tp, f"{a + real}%", f"{a}%"]
    if form == 3:
        b = rng.randrange(5, 40) * 1000
        d = rng.randrange(2, 6) * 1000
        real = d + rng.randrange(2, 5) * 1000
        ta, td, tb = f"{fmt(b + real)} tonnes", fmt(d), f"{fmt(b)} tonnes"
        return [f"The northern mill produced {ta} of flour in {y}, {td} more than the southern mill's {tb}."], [ta, td, tb]
    if form == 4:
        total = rng.choice([90, 120, 60, 200])
        name, frac = pick([("half", 0.5), ("a third", 1 / 3), ("a quarter", 0.25)])
        wrong = int(total * frac) + rng.choice([-1, 1]) * rng.randrange(8, 15)
        noun, _ = measure(COUNTS)
        tt, tw = f"{total} {noun}", str(wrong)
        return [f"In the survey, {name} of the {tt}, or {tw}, said they expected conditions to worsen."], [tt, tw]
    if form == 5:
        parts = [rng.randrange(10, 90) for _ in range(3)]
        a, b, c = rng.sample(COUNTRIES, 3)
        sym = pick(["$", "€", "£"])
        wrong = sum(parts) + rng.choice([-1, 1]) * rng.randrange(12, 30)
        tps = [f"{sym}{p} million" for p in parts]
        tt = f"{sym}{wrong} million"
        return [f"{a}, {b} and {c} pledged {tps[0]}, {tps[1]} and {tps[2]}, totalling {tt}."], tps + [tt]
    if form == 6:
        old = rng.randrange(200, 900, 10)
        k, word = pick([(10, "tenfold"), (5, "fivefold"), (3, "threefold")])
        new = int(old * k * rng.uniform(0.45, 0.65) // 10 * 10)
        to, tn = f"{fmt(old)} tonnes", f"{fmt(new)} tonnes"
        return [f"Shipments of {measure(MASS)} from {c1} grew {word} to {tn} in {y} from {to} in {y - 1}."], [word, to, tn]
    part = rng.randrange(20, 60)
    total = rng.randrange(part * 2, part * 3)
    real = 100 * part / total
    wrong = round(real + rng.choice([-1, 1]) * rng.randrange(8, 15))
    noun, _ = measure(COUNTS)
    tp, tt, tw = str(part), f"{total} {noun}", f"{wrong}%"
    return [f"Only {tp} of the {tt} inspected, or {tw}, met the new standard."], [tp, tt, tw]


def unverifiable():
    c1, _ = country_pair()
    y = pick(YEARS)
    form = rng.randrange(6)
    m = measure(MASS)
    if form == 4:
        word = pick(["tripled", "doubled"])
        return [f"Wheat yields in {c1} have {word} since {y - 12}, the farm ministry says."], [word]
    if form == 5:
        pct = rng.randrange(15, 70)
        return [f"Rents in the capital of {c1} have risen {pct}% since {y - 5}, a property group says."], [f"{pct}%"]
    if form == 0:
        a, b = rng.sample(MONTHS[2:], 2)
        a, b = sorted([a, b], key=MONTHS.index)
        return [f"Shipments of {m} to {c1} grew nearly tenfold between {a} and {b} {y}, traders said."], ["tenfold"]
    if form == 1:
        word = pick(["doubled", "tripled", "quadrupled"])
        return [f"The price of {m} in {c1} has more than {word} since {y - 2}, importers complain."], [word]
    if form == 2:
        pct = rng.randrange(20, 90)
        return [f"Imports of {m} into {c1} rose {pct}% between {y - 3} and {y}, according to the customs office."], [f"{pct}%"]
    word = pick(["three times", "five times", "twice"])
    return [f"Officials say the new port in {c1} can handle {word} as much cargo as the old one."], [word]


def mixed():
    c1, _ = country_pair()
    m = measure(LENGTH)
    y = pick(YEARS)
    a, b, c = rng.randrange(40, 200), rng.randrange(60, 300), rng.randrange(80, 400)
    ta, tb, tc = f"{a} miles", f"{b} km", f"{c} km"
    return [f"{c1} laid {ta} of {m} in {y - 2}, {tb} in {y - 1} and {tc} in {y}, the ministry said."], [ta, tb, tc]


def conversion():
    c1, _ = country_pair()
    m = measure(LENGTH + MASS)
    y = pick(YEARS)
    if m in LENGTH:
        v = rng.randrange(20, 400)
        wrong = int(v * rng.uniform(1.1, 1.3)) if rng.random() < 0.5 else int(v * rng.uniform(1.9, 2.4))
        ta = f"{v} miles"
        return [f"{c1} added {ta} ({wrong} km) of {m} in {y}, officials said."], [ta]
    v = rng.randrange(200, 900, 10)
    wrong = int(v * rng.uniform(1.4, 1.8))
    ta = f"{fmt(v)} kg"
    return [f"Inspectors seized {ta} ({fmt(wrong)} pounds) of {m} in {c1} in {y}."], [ta]


FLAGGED = [("conflicting-values", conflicting), ("bound-conflict", bound), ("unit-confusion", unit_confusion),
           ("arithmetic-mismatch", arithmetic), ("unverifiable", unverifiable), ("mixed-units", mixed),
           ("conversion-mismatch", conversion)]

TITLES = ["Trade figures under scrutiny", "Ministry publishes annual data", "What the numbers say",
          "Industry report raises questions", "A year in figures", "Officials defend their statistics",
          "New data on the economy", "Regional review released"]


def article(i, flagged_types):
    USED.clear()
    KINDS.clear()
    sentences = []
    expected = []
    for t in flagged_types:
        fn = dict(FLAGGED)[t]
        s, q = fn()
        sentences.append(s)
        expected.append({"type": t, "quantities": q})
    for _ in range(rng.randint(1, 2)):
        sentences.append(clean_block())
    rng.shuffle(sentences)
    fillers = rng.sample(filler_pool(), rng.randint(1, 2))
    paragraphs = [" ".join(block) for block in sentences]
    for f in fillers:
        paragraphs.insert(rng.randrange(len(paragraphs) + 1), f)
    month = rng.randint(1, 12)
    return {
        "id": f"a{i:03d}",
        "title": pick(TITLES),
        "published": f"2025-{month:02d}-{rng.randint(1, 28):02d}T09:00:00Z",
        "text": "\n\n".join(paragraphs),
        "expected": expected,
    }


def main():
    articles = []
    plan = []
    types = [t for t, _ in FLAGGED]
    # 96 flagged articles: every type at least 13 times, some articles with two or three flags
    for k in range(96):
        first = types[k % len(types)]
        extra = []
        if k % 4 == 1:
            extra = [types[(k + 3) % len(types)]]
        if k % 12 == 5:
            extra = [types[(k + 2) % len(types)], types[(k + 5) % len(types)]]
        plan.append([first] + [e for e in extra if e != first])
    plan += [[] for _ in range(64)]
    rng.shuffle(plan)
    for i, p in enumerate(plan):
        articles.append(article(i + 1, p))
    for a in articles:
        print(json.dumps(a, ensure_ascii=False))


main()
