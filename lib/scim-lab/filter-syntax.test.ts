import { describe, expect, it } from "vitest";
import { attributeListProblem, filterProblem, readFilter, restoreStrings } from "./filter-syntax";

describe("filterProblem: the grammar of RFC 7644 §3.4.2.2", () => {
  it.each([
    'userName eq "bjensen"',
    'USERNAME EQ "bjensen"',
    'name.familyName co "O\'Malley"',
    'urn:ietf:params:scim:schemas:core:2.0:User:userName sw "J"',
    "title pr",
    "active eq true",
    "active eq FALSE",
    "manager eq null",
    "employeeNumber gt 100",
    "score le -1.5e3",
    'displayName eq "say \\"hi\\""',
    'members[value eq "2819c223"]',
    'not (userName eq "a")',
    'not(userName eq "a")',
    '((userName eq "a"))',
    'emails[type eq "work" and not (value ew "@example.org")]',
    'members.$ref pr',
    'userType eq "Employee" and (emails co "example.com" or emails.value co "example.org")',
  ])("accepts %s", (filter) => {
    expect(filterProblem(filter)).toBeUndefined();
  });

  it.each([
    ["", /empty/],
    ["   ", /empty/],
    ["1 eq 1", /attribute name/],
    ['"userName" eq "a"', /attribute name/],
    ['userName eq "a" or 1 eq 1', /after "or", found "1"/],
    ['userName eq "a" and', /ends after "and"/],
    ['userName eq "a" AND', /ends after "AND"/],
    ["userName eq priya", /priya needs double quotes: userName eq "priya"/],
    ["userName", /ends after userName/],
    ["userName eq", /"eq" needs a value/],
    ['userName zz "a"', /"zz" is not a filter operator/],
    ['userName eq "a" userName eq "b"', /"and" or "or"/],
    ['(userName eq "a"', /Expected "\)"/],
    ['userName eq "a")', /without a matching "\("/],
    ['not userName eq "a"', /parentheses/],
    ['userName eq "open', /closing double quote/],
    ['userName eq "bad \\x escape"', /not a valid string/],
    ['emails[type eq "work"', /Expected "\]"/],
    ['emails[type eq "work"].value eq "a"', /PATCH path/],
    ['emails[addresses[type eq "work"]]', /cannot hold another/],
    ['userName eq ("a")', /Expected a value/],
  ])("refuses %s with a sentence", (filter, detail) => {
    expect(filterProblem(filter)).toMatch(detail);
  });
});

describe("attributeListProblem: RFC 7644 §3.10 attribute notation", () => {
  it("accepts short and fully qualified names", () => {
    expect(attributeListProblem("attributes", "userName, name.familyName,urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department")).toBeUndefined();
  });

  it.each([
    ["1", /"1", which is not an attribute name/],
    ["userName,,emails", /empty name/],
    ["user name", /"user name"/],
  ])("refuses %s", (value, detail) => {
    expect(attributeListProblem("attributes", value)).toMatch(detail);
  });
});

describe("readFilter: the plain form handed to scimmy", () => {
  it("drops grouping parentheses that and-over-or does not need, and keeps the ones it does", () => {
    const plain = (filter: string) => {
      const read = readFilter(filter);
      if (read.problem !== undefined) throw new Error(read.problem);
      return restoreStrings(read.text, read.strings);
    };
    expect(readFilter('((userName eq "a"))')).toMatchObject({ strings: ["a"] });
    expect(plain('(a pr or b pr) AND c pr')).toBe("(a pr or b pr) and c pr");
    expect(plain('a pr or (b pr and c pr)')).toBe("a pr or b pr and c pr");
    expect(plain('NOT ((a pr))')).toBe("not (a pr)");
    expect(plain("a EQ TRUE")).toBe("a eq true");
  });

  it("marks each string literal and gives back its decoded text", () => {
    const read = readFilter('displayName eq "say \\"hi\\"" or title co "x"');
    if (read.problem !== undefined) throw new Error(read.problem);
    expect(read.strings).toEqual(['say "hi"', "x"]);
    expect(read.text).not.toContain("\\");
    expect(restoreStrings([{ displayName: ["eq", read.text.split('"')[1]] }], read.strings)).toEqual([{ displayName: ["eq", 'say "hi"'] }]);
  });
});
