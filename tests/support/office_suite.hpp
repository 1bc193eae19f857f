// A GoogleTest suite that shares one office with the extension installed:
// started before the suite's first test, stopped after its last, every
// document closed after each test.
#pragma once

#include <gtest/gtest.h>

#include "support/pmocalc_office.hpp"

namespace pmocalc::test {

class OfficeSuite : public ::testing::Test {
protected:
    static void SetUpTestSuite() { office_ = new PmocalcOffice(); }
    static void TearDownTestSuite() {
        delete office_;
        office_ = nullptr;
    }
    void TearDown() override { office_->close_all(); }

    static inline PmocalcOffice* office_ = nullptr;
};

}  // namespace pmocalc::test
